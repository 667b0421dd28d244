package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** The bundled studies: TALENT by hand, calibration against R, refusals with clear errors. */
class StudyLibraryTest {
    private final StudyLibrary library = new StudyLibrary();

    @Test
    void talentCombinedEqualsTheNotebookEquation() {
        // logit p = -3.04533 + 5.15221 RADscore + 0.01678 Ki67 + 1.03430 [pancreas]; RADscore 0.6, Ki67 10, pancreas:
        // eta = -3.04533 + 3.091326 + 0.1678 + 1.0343 = 1.248096; p = 1 / (1 + e^-1.248096) = 0.776994...
        Prediction p = Predictor.predict(library.study("talent-combined"),
                Map.of("RADscore", 0.6, "ki67", 10.0, "primary_pancreas", 1.0), library::study);
        assertEquals(1.248096, p.linearPredictor(), 1e-12);
        assertEquals(1 / (1 + Math.exp(-1.248096)), p.probability(), 1e-15);
        assertEquals("benefit likely", p.group()); // 0.777 >= 0.3626001
        assertEquals(5.15221 * 0.6, p.contributions().get("RADscore"), 1e-15);
        Prediction low = Predictor.predict(library.study("talent-combined"),
                Map.of("RADscore", 0.1, "ki67", 2.0, "primary_pancreas", 0.0), library::study);
        // eta = -3.04533 + 0.515221 + 0.03356 = -2.496549 -> p = 0.0761 < 0.3626001
        assertEquals(-2.496549, low.linearPredictor(), 1e-12);
        assertEquals("benefit unlikely", low.group());
    }

    @Test
    void refusesWhatCannotBeComputed() {
        assertMessage(() -> Predictor.predict(library.study("talent-combined"),
                Map.of("RADscore", 0.5, "ki67", 140.0, "primary_pancreas", 0.0), library::study), "valid range is 0.0 to 100.0");
        assertMessage(() -> Predictor.predict(library.study("talent-combined"),
                Map.of("RADscore", 0.5, "primary_pancreas", 0.0), library::study), "missing clinical value 'ki67'");
        assertMessage(() -> Predictor.predict(library.study("talent-combined"),
                Map.of("RADscore", 0.5, "ki67", 5.0, "primary_pancreas", 2.0), library::study), "must be 0 or 1");
        // RADscore from the radiomics package, whose scaling was not published
        assertMessage(() -> library.predict("talent-combined", List.of(Map.of("original_shape_Flatness", 0.5)),
                Map.of("ki67", 5.0, "primary_pancreas", 1.0)), "not published");
        assertMessage(() -> library.predict("raise", List.of(), Map.of()), "requires training");
        assertMessage(() -> library.study("talent"), "available:");
        assertMessage(() -> ModelPackageJson.read(stream("{\"formatVersion\": 1, \"id\": \"x\"}"), "bad.json"),
                "bad.json: $: required property 'study' not found; $: required property 'aggregation' not found");
        assertMessage(() -> ModelPackageJson.read(stream("not json"), "bad.json"), "not valid JSON");
        String wrongCoef = ModelPackageJson.write(library.study("talent-combined")).replace("\"ki67\" : 0.01678",
                "\"ki67\" : \"high\"");
        assertMessage(() -> ModelPackageJson.read(stream(wrongCoef), "t.json"), "estimator.coefficients.ki67");
    }

    @Test
    void writeAndReadBackEveryBundledPackage() {
        for (ModelPackage p : library.studies()) {
            ModelPackage back = ModelPackageJson.read(stream(ModelPackageJson.write(p)), p.id());
            assertEquals(p, back, p.id());
        }
        assertEquals(7, library.studies().size());
    }

    @Test
    void referenceCohortCalibrationEqualsGlmWithOffset() {
        Map<String, double[]> r = RScript.run("""
                set.seed(2)
                n <- 120
                f <- matrix(rnorm(n * 6, 50, 10), n, 6)
                z <- scale(f)
                beta <- c(-0.82, 0.31, 0.37, 0.16, 0.34, 0.84)
                y <- rbinom(n, 1, plogis(-0.4 + z %*% beta))
                for (i in 1:n) out(paste0("f", i), f[i, ])
                out("y", y)
                out("alpha", coef(glm(y ~ 1 + offset(z %*% beta), family = binomial)))
                out("mean", attr(z, "scaled:center")); out("sd", attr(z, "scaled:scale"))
                """);
        ModelPackage radiomics = library.study("talent-radiomics");
        List<String> names = radiomics.inputs().stream().map(InputSpec::name).toList();
        List<Map<String, Double>> rows = new ArrayList<>();
        boolean[] y = new boolean[120];
        for (int i = 0; i < 120; i++) {
            double[] f = r.get("f" + (i + 1));
            Map<String, Double> row = new java.util.HashMap<>();
            for (int k = 0; k < 6; k++) {
                row.put(names.get(k), f[k]);
            }
            rows.add(row);
            y[i] = r.get("y")[i] == 1;
        }
        ModelPackage cal = Calibration.fromReferenceCohort(radiomics, rows, y, "synthetic site cohort");
        RScript.assertClose("intercept with fixed slopes vs glm offset", r.get("alpha")[0],
                ((Estimator.Logistic) cal.estimator()).intercept(), 1e-9);
        RScript.assertClose("z-scoring means vs scale()", r.get("mean"),
                cal.inputs().stream().mapToDouble(InputSpec::mean).toArray(), 1e-12);
        assertEquals("fitted-on-site", cal.calibration());
        library.add(cal);
        Prediction p = library.predict("talent-combined", List.of(rows.get(0), rows.get(1)), Map.of("ki67", 5.0,
                "primary_pancreas", 1.0));
        assertTrue(p.probability() > 0 && p.probability() < 1);
        ModelPackage approx = Calibration.approximate(radiomics, rows);
        assertEquals(Math.log(30.0 / 35.0), ((Estimator.Logistic) approx.estimator()).intercept(), 1e-12);
        assertTrue(Predictor.predict(approx, rows.get(0), library::study).warnings().get(0).startsWith("approximated"));
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable e, String expected) {
        InvalidInputException x = assertThrows(InvalidInputException.class, e);
        assertTrue(x.getMessage().contains(expected), x.getMessage());
    }
}
