package org.netradiomics.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.deep.DeepFeatureSettings.CropMode;
import org.netradiomics.deep.DeepFeatureSettings.Normalisation;
import org.netradiomics.deep.DeepFeatureSettings.Pooling;
import org.netradiomics.deep.DeepFeatureSettings.SliceChoice;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.StudyLibrary;
import org.netradiomics.volume.InvalidInputException;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The deepFeatures blocks of the bundled packages, defaults, and errors that name the field and its range. */
class DeepFeatureSettingsTest {
    private final StudyLibrary library = new StudyLibrary();

    @Test
    void lnmPackageSaysWhatThePaperSays() {
        DeepFeatureSettings s = DeepFeatureSettings.fromPackage(library.study("lnm-rdps"));
        assertEquals(SliceChoice.MAX_AREA_AXIAL, s.slice());
        assertEquals(50, s.windowLevel());
        assertEquals(350, s.windowWidth());
        assertArrayEquals(new long[] {1, 3, 224, 224}, s.inputShape());
        assertEquals(DeepFeatureSettings.Interpolation.BILINEAR, s.interpolation());
        assertEquals(Normalisation.Z_SCORE, s.normalisation());
        assertEquals(2048, s.columns().size());
    }

    @Test
    void raisePackage() {
        DeepFeatureSettings s = DeepFeatureSettings.fromPackage(library.study("raise"));
        assertTrue(s.maskOutside(), "RAISE sets the pixels outside the lesion to 0");
        assertEquals(Normalisation.MEAN_STD, s.normalisation());
        assertArrayEquals(DeepFeatureSettings.IMAGENET_MEAN, s.mean());
        assertArrayEquals(DeepFeatureSettings.IMAGENET_STD, s.std());
        assertEquals(CropMode.BOUNDING_BOX, s.crop());
        assertEquals(Pooling.GLOBAL_AVERAGE, s.pooling());
        assertEquals("deep_feature0001", s.columns().get(0));
        assertEquals("deep_feature2048", s.columns().get(2047));
    }

    @Test
    void gastricPackageMaxPoolsAndNamesThePhase() {
        DeepFeatureSettings s = DeepFeatureSettings.fromPackage(library.study("gnen"));
        assertEquals(Pooling.GLOBAL_MAX, s.pooling());
        assertEquals("arterial_deep_0001", s.columns().get(0));
        assertEquals("venous_deep_2048", s.withColumnPrefix("venous_deep_").columns().get(2047));
    }

    @Test
    void packageWithoutDeepFeatures() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DeepFeatureSettings.fromPackage(library.study("talent-combined")));
        assertEquals("model package 'talent-combined' has no extraction.deepFeatures block: it uses no deep features",
                e.getMessage());
    }

    @Test
    void defaultsAndNumbering() {
        DeepFeatureSettings s = DeepFeatureSettings.fromMap(Map.of("window", Map.of("level", 40, "width", 400),
                "featureCount", 12345), "t");
        assertEquals(SliceChoice.MAX_AREA_AXIAL, s.slice());
        assertEquals(-1, s.sliceIndex());
        assertEquals(CropMode.BOUNDING_BOX, s.crop());
        assertEquals(0, s.cropMm());
        assertFalse(s.maskOutside());
        assertArrayEquals(new long[] {1, 3, 224, 224}, s.inputShape());
        assertEquals(Normalisation.NONE, s.normalisation());
        assertEquals("input", s.inputName());
        assertEquals("features", s.outputName());
        assertEquals(Pooling.NONE, s.pooling());
        assertEquals("deep_feature00001", s.columns().get(0), "5 digits for 12345 features");
        assertEquals(7, s.withSliceIndex(7).sliceIndex());
    }

    private static String error(Map<String, Object> changes) {
        Map<String, Object> m = new HashMap<>();
        m.put("window", Map.of("level", 40, "width", 400));
        m.put("featureCount", 2);
        m.putAll(changes);
        return assertThrows(InvalidInputException.class, () -> DeepFeatureSettings.fromMap(m, "p.json: deepFeatures"))
                .getMessage();
    }

    @Test
    void errorsNameTheFieldAndItsRange() {
        assertEquals("p.json: deepFeatures: window.width is -5.0; it must be a finite number > 0 (HU)",
                error(Map.of("window", Map.of("level", 40, "width", -5))));
        assertEquals("p.json: deepFeatures: window is missing; it is required (e.g. \"window\": {\"level\": 50, "
                + "\"width\": 350})", assertThrows(InvalidInputException.class,
                        () -> DeepFeatureSettings.fromMap(Map.of("featureCount", 2), "p.json: deepFeatures"))
                        .getMessage());
        assertEquals("p.json: deepFeatures: channels is 2; it must be 1 or 3", error(Map.of("channels", 2)));
        assertEquals("p.json: deepFeatures: pooling is 'sum'; use none, global-average, global-max",
                error(Map.of("pooling", "sum")));
        assertEquals("p.json: deepFeatures: outputSize width is 0; it must be 1 to 4096 pixels",
                error(Map.of("outputSize", List.of(224, 0))));
        assertEquals("p.json: deepFeatures: crop.sideMm is missing; it is required",
                error(Map.of("crop", Map.of("mode", "fixed"))));
        assertEquals("p.json: deepFeatures: crop.marginMm is -1.0; it must be 0 to 1000 mm",
                error(Map.of("crop", Map.of("marginMm", -1))));
        assertEquals("p.json: deepFeatures: normalisation.mean has 1 values; it needs one per channel (3)",
                error(Map.of("normalisation", Map.of("mode", "mean-std", "mean", List.of(0.5), "std",
                        List.of(1, 1, 1)))));
        assertEquals("p.json: deepFeatures: normalisation.std[1] is 0.0; it must be a finite number > 0",
                error(Map.of("normalisation", Map.of("mode", "mean-std", "mean", List.of(0, 0, 0), "std",
                        List.of(1, 0, 1)))));
        assertEquals("p.json: deepFeatures: featureCount is 2.5, not a whole number", error(Map.of("featureCount", 2.5)));
        assertEquals("p.json: deepFeatures: sliceIndex is missing; it is required", error(Map.of("slice", "index")));
        assertEquals("p.json: deepFeatures: sliceIndex is -2; it must be a slice number >= 0",
                error(Map.of("slice", "index", "sliceIndex", -2)));
        assertEquals("p.json: deepFeatures: columnPrefix is '1x'; it must be a letter or _ followed by letters, "
                + "digits, _, . or -", error(Map.of("columnPrefix", "1x")));
        assertEquals("p.json: deepFeatures: maskOutside is \"yes\"; use true or false",
                error(Map.of("maskOutside", "yes")));
    }

    @Test
    void schemaRefusesABadDeepFeaturesBlockInAPackage() throws Exception {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode root;
        try (InputStream in = StudyLibrary.class.getResourceAsStream("studies/raise.json")) {
            root = (ObjectNode) mapper.readTree(in);
        }
        ((ObjectNode) root.get("extraction").get("deepFeatures")).put("pooling", "sum");
        byte[] bytes = mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ModelPackageJson.read(new ByteArrayInputStream(bytes), "raise-edited.json"));
        assertTrue(e.getMessage().contains("pooling"), e.getMessage());
    }
}
