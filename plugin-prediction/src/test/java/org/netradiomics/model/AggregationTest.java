package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;

/** Lesion features become the patient's values as the package says; values computed by hand. */
class AggregationTest {
    private static ModelPackage with(String aggregation) {
        return new ModelPackage("agg", "test", "", Map.of(), Map.of(), aggregation, List.of(new InputSpec(
                "original_firstorder_Mean", InputSpec.Kind.FEATURE, "HU", Double.NaN, Double.NaN, false, false,
                Double.NaN, Double.NaN, "")), new Estimator.Logistic(0, Map.of("original_firstorder_Mean", 1.0)),
                Double.NaN, List.of(), "fitted-on-site", List.of(), Map.of(), Map.of());
    }

    private static List<Map<String, Double>> lesions(double... mean) {
        return java.util.Arrays.stream(mean).mapToObj(m -> Map.of("original_firstorder_Mean", m, "x", 2 * m)).toList();
    }

    @Test
    void medianMeanNoneAndPooled() {
        assertEquals(Map.of("original_firstorder_Mean", 70.0, "x", 140.0),
                StudyLibrary.aggregate(with("median"), lesions(90, 40, 70)));
        assertEquals(55.0, StudyLibrary.aggregate(with("median"), lesions(90, 40, 70, 10)).get("original_firstorder_Mean"));
        assertEquals(52.5, StudyLibrary.aggregate(with("mean"), lesions(90, 40, 70, 10)).get("original_firstorder_Mean"));
        assertEquals(33.0, StudyLibrary.aggregate(with("none"), lesions(33)).get("original_firstorder_Mean"));
        assertEquals(33.0, StudyLibrary.aggregate(with("pooled"), lesions(33)).get("original_firstorder_Mean"));
    }

    @Test
    void oneRowModelsRefuseSeveralLesions() {
        assertEquals("model 'agg' takes one lesion per patient, got 2", assertThrows(InvalidInputException.class,
                () -> StudyLibrary.aggregate(with("none"), lesions(1, 2))).getMessage());
        String pooled = assertThrows(InvalidInputException.class,
                () -> StudyLibrary.aggregate(with("pooled"), lesions(1, 2, 3))).getMessage();
        assertTrue(pooled.contains("pooled into one region, got 3 lesion rows"), pooled);
    }

    @Test
    void aFeatureMissingForOneLesionIsAnError() {
        List<Map<String, Double>> l = List.of(Map.of("original_firstorder_Mean", 1.0, "x", 1.0),
                Map.of("original_firstorder_Mean", 2.0));
        assertEquals("feature 'x' is missing for some lesions", assertThrows(InvalidInputException.class,
                () -> StudyLibrary.aggregate(with("mean"), l)).getMessage());
    }
}
