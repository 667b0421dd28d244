package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;

/** Warnings a prediction carries: intended-use mismatch, uncalibrated published model, outside the training range. */
class PredictionWarningsTest {
    private final StudyLibrary library = new StudyLibrary();
    private final Map<String, Double> talentInputs = Map.of("RADscore", 0.6, "ki67", 10.0, "primary_pancreas", 1.0);

    @Test
    void publishedModelIsFlaggedUncalibrated() {
        Prediction p = Predictor.predict(library.study("talent-combined"), talentInputs, library::study);
        assertEquals(1, p.warnings().size(), p.warnings().toString());
        assertTrue(p.warnings().get(0).startsWith("uncalibrated: model 'talent-combined' gives the probabilities of its"
                + " development cohort"), p.warnings().get(0));
    }

    @Test
    void caseOutsideTheIntendedUseWarnsAndStillPredicts() {
        Prediction plain = Predictor.predict(library.study("talent-combined"), talentInputs, library::study);
        Prediction p = Predictor.predict(library.study("talent-combined"), talentInputs, library::study,
                new PredictionContext("pancreas", "unenhanced", 7.5));
        assertEquals(plain.probability(), p.probability(), 0);
        List<String> w = p.warnings();
        assertTrue(w.contains("intended-use mismatch: model 'talent-combined' was developed on [liver] lesions, this "
                + "case is pancreas"), w.toString());
        assertTrue(w.contains("intended-use mismatch: model 'talent-combined' was developed on [arterial, "
                + "portal-venous, venous] phase CT, this CT is unenhanced"), w.toString());
        assertTrue(w.contains("intended-use mismatch: model 'talent-combined' was developed on lesions of at least 10 "
                + "mm; the smallest lesion here measures 7.5 mm"), w.toString());
        Prediction matching = Predictor.predict(library.study("talent-combined"), talentInputs, library::study,
                new PredictionContext("Liver", "portal venous", 25));
        assertEquals(plain.warnings(), matching.warnings());
    }

    @Test
    void lesionSizeComesFromTheLesionFeaturesThroughTheService() {
        ModelPackage m = new ModelPackage("liver-model", "test", "", Map.of("minimumLesionSizeMm", 10), Map.of(),
                "median", List.of(new InputSpec("original_firstorder_Mean", InputSpec.Kind.FEATURE, "HU", Double.NaN,
                        Double.NaN, false, false, Double.NaN, Double.NaN, "")),
                new Estimator.Logistic(0, Map.of("original_firstorder_Mean", 0.01)), Double.NaN, List.of(),
                "fitted-on-site", List.of(), Map.of(), Map.of());
        library.add(m);
        Prediction p = library.predict("liver-model", List.of(
                Map.of("original_firstorder_Mean", 80.0, StudyLibrary.LESION_DIAMETER, 31.0),
                Map.of("original_firstorder_Mean", 100.0, StudyLibrary.LESION_DIAMETER, 8.2)), Map.of(),
                PredictionContext.UNKNOWN);
        assertEquals(1 / (1 + Math.exp(-0.9)), p.probability(), 1e-15);  // median 90 HU x 0.01
        assertEquals(List.of("intended-use mismatch: model 'liver-model' was developed on lesions of at least 10 mm; "
                + "the smallest lesion here measures 8.2 mm"), p.warnings());
    }

    @Test
    void unknownSiteOrPhaseIsRefusedWithTheChoices() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new PredictionContext("kidney", null, Double.NaN));
        assertEquals("lesion site 'kidney' is not known; use one of [liver, lymph-node, other, pancreas, stomach]",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> new PredictionContext(null, "late", Double.NaN));
    }

    @Test
    void featureOutsideTheTrainingRangeWarns() {
        ModelPackage m = new ModelPackage("ranged", "test", "", Map.of(), Map.of(), "none", List.of(
                new InputSpec("original_glcm_Imc1", InputSpec.Kind.FEATURE, "", -0.5, -0.1, false, false, Double.NaN,
                        Double.NaN, "")), new Estimator.Logistic(0, Map.of("original_glcm_Imc1", 1.0)), Double.NaN,
                List.of(), "fitted-on-site", List.of(), Map.of(), Map.of());
        assertTrue(Predictor.predict(m, Map.of("original_glcm_Imc1", -0.3), id -> null).warnings().isEmpty());
        assertEquals(List.of("'original_glcm_Imc1' = 0.05 is outside the training range [-0.5, -0.1]"),
                Predictor.predict(m, Map.of("original_glcm_Imc1", 0.05), id -> null).warnings());
    }
}
