package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.plots.Plots;
import org.netradiomics.volume.InvalidInputException;

/** Nomogram points: rms::nomogram on the same model, the TALENT combined model by hand, and the nomogram plot. */
class NomogramScaleTest {

    @Test
    void pointsEqualRmsNomogram() {
        Map<String, double[]> r = org.netradiomics.stats.RScript.run("""
                set.seed(1); n <- 200; x1 <- runif(n, 0, 1); x2 <- runif(n, 0, 100); x3 <- rbinom(n, 1, 0.5)
                y <- rbinom(n, 1, plogis(-3 + 5 * x1 + 0.02 * x2 + x3))
                d <- data.frame(y, x1, x2, x3); dd <- datadist(d)
                dd$limits["Low:prediction", "x1"] <- 0; dd$limits["High:prediction", "x1"] <- 1
                dd$limits["Low:prediction", "x2"] <- 0; dd$limits["High:prediction", "x2"] <- 100
                options(datadist = "dd")
                f <- lrm(y ~ x1 + x2 + x3, data = d)
                nom <- nomogram(f)
                out("coef", coef(f))
                out("x2", nom$x2$x); out("p2", nom$x2$points); out("p1", nom$x1$points); out("p3", nom$x3$points)
                """, "rms");
        double[] c = r.get("coef");
        String json = String.format(java.util.Locale.ROOT, """
                {"formatVersion": 1, "id": "m", "study": "rms check", "aggregation": "none", "calibration": "published",
                 "inputs": [{"name": "x1", "kind": "clinical", "min": 0, "max": 1},
                            {"name": "x2", "kind": "clinical", "min": 0, "max": 100},
                            {"name": "x3", "kind": "clinical", "binary": true}],
                 "estimator": {"type": "logistic", "intercept": %.17g,
                               "coefficients": {"x1": %.17g, "x2": %.17g, "x3": %.17g}}}
                """, c[0], c[1], c[2], c[3]);
        NomogramScale s = NomogramScale.of(ModelPackageJson.read(new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "m.json"));
        double[] x2 = r.get("x2");
        double[] p2 = new double[x2.length];
        double[] p1 = new double[x2.length];
        for (int i = 0; i < x2.length; i++) {
            p2[i] = s.points(1, x2[i]);
            p1[i] = s.points(0, x2[i] / 100);
        }
        org.netradiomics.stats.RScript.assertClose("nomogram points x2 vs rms", r.get("p2"), p2, 1e-12);
        org.netradiomics.stats.RScript.assertClose("nomogram points x1 vs rms", r.get("p1"), p1, 1e-12);
        org.netradiomics.stats.RScript.assertClose("nomogram points x3 vs rms", r.get("p3"),
                new double[] {s.points(2, 0), s.points(2, 1)}, 1e-12);
    }

    @Test
    void talentCombinedPointsByHand() throws Exception {
        ModelPackage p = new StudyLibrary().study("talent-combined");
        NomogramScale s = NomogramScale.of(p);
        // effect ranges: RADscore 5.15221 x (1 - 0) = 5.15221 (largest), Ki-67 0.01678 x 100 = 1.678,
        // pancreas 1.03430 x 1 = 1.0343. So RADscore 0.5 -> 50 points, Ki-67 50% -> 100 x 0.839 / 5.15221 = 16.2842,
        // pancreas 1 -> 100 x 1.0343 / 5.15221 = 20.0748.
        Map<String, Double> pts = s.points(Map.of("RADscore", 0.5, "ki67", 50.0, "primary_pancreas", 1.0));
        assertEquals(50, pts.get("RADscore"), 1e-12);
        assertEquals(100 * 0.839 / 5.15221, pts.get("ki67"), 1e-12);
        assertEquals(100 * 1.0343 / 5.15221, pts.get("primary_pancreas"), 1e-12);
        // total points map back to the model's linear predictor: -3.04533 + 2.576105 + 0.839 + 1.0343
        double total = pts.get("total");
        assertEquals(-3.04533 + 5.15221 * 0.5 + 0.01678 * 50 + 1.03430, s.linearPredictor(total), 1e-12);
        Path png = Files.createTempDirectory("nomo").resolve("nomogram.png");
        Plots.nomogram(png, s, true);
        assertTrue(Files.size(png) > 2000);
        InvalidInputException noRange = assertThrows(InvalidInputException.class,
                () -> NomogramScale.of(new StudyLibrary().study("talent-radiomics")));
        assertTrue(noRange.getMessage().contains("no range"), noRange.getMessage());
    }
}
