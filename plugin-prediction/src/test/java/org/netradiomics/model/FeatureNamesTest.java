package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;

/** Package feature inputs must be real PyRadiomics names that the package's own extraction settings produce. */
class FeatureNamesTest {

    private static String read(String features, String extraction) {
        String json = """
                {"formatVersion": 1, "id": "t", "study": "test", "aggregation": "median",
                 "extraction": %s,
                 "inputs": [{"name": "%s", "kind": "feature", "unit": ""}],
                 "estimator": {"type": "logistic", "intercept": 0, "coefficients": {"%s": 1}},
                 "calibration": "fitted-on-site"}""".formatted(extraction, features, features);
        try {
            ModelPackageJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
            return "ok";
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    @Test
    void unknownFeatureNamesAreRefusedWithTheClosestName() {
        assertEquals("t.json: feature input 'original_glcm_Imc3': class glcm has no feature 'Imc3'; did you mean "
                + "'Imc1'?", read("original_glcm_Imc3", "{}"));
        assertEquals("t.json: feature input 'original_glcm_SumVariance': class glcm has no feature 'SumVariance'; did "
                + "you mean 'SumAverage'?", read("original_glcm_SumVariance", "{}"));
        assertEquals("t.json: feature input 'orginal_glcm_Imc1' is not a PyRadiomics feature name; did you mean "
                + "'original_glcm_Imc1'?", read("orginal_glcm_Imc1", "{}"));
        assertEquals("t.json: feature input 'original_glcx_Imc1' names feature class 'glcx'; PyRadiomics classes are "
                + "[shape, firstorder, glcm, glrlm, glszm, gldm, ngtdm, shape2D]", read("original_glcx_Imc1", "{}"));
        assertEquals("t.json: feature input 'wavelet-LLH_shape_Flatness': shape features exist only as "
                + "original_shape_Flatness (shape does not depend on the image filter)",
                read("wavelet-LLH_shape_Flatness", "{}"));
    }

    @Test
    void namesOutsidePyRadiomicsFormAreExternalInputs() {
        assertEquals("ok", read("deep_feature0042", "{}"));
        assertEquals("ok", read("liver_tumour_volume_ml", "{}"));
        assertEquals("ok", read("wavelet-LLH_glrlm_RunEntropy", "{}"));
        assertEquals("ok", read("log-sigma-1-0-mm-3D_firstorder_Mean", "{}"));
    }

    @Test
    void featuresTheExtractionSettingsCannotProduceAreRefused() {
        String talent = """
                {"imageType": {"Original": {}}, "featureClass": {"firstorder": null, "shape": null, "glcm": ["Imc1", "Idm"]}}""";
        assertEquals("ok", read("original_glcm_Imc1", talent));
        assertEquals("ok", read("original_shape_Sphericity", talent));
        assertEquals("t.json: feature input 'original_glrlm_RunEntropy' needs feature class 'glrlm', which the "
                + "package's extraction settings do not enable (featureClass: [firstorder, shape, glcm])",
                read("original_glrlm_RunEntropy", talent));
        assertEquals("t.json: feature input 'original_glcm_Contrast': the package's extraction settings enable only "
                + "[Imc1, Idm] of class glcm", read("original_glcm_Contrast", talent));
        assertEquals("t.json: feature input 'exponential_firstorder_Mean' needs image type 'Exponential', which the "
                + "package's extraction settings do not enable (imageType: [Original])",
                read("exponential_firstorder_Mean", talent));
    }

    @Test
    void everyBundledPackagePasses() {
        assertDoesNotThrow(StudyLibrary::new);
    }
}
