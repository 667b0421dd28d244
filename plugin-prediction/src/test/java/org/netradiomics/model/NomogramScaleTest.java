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

/** Nomogram points of the TALENT combined model, by hand on the rms scale, and the nomogram plot. */
class NomogramScaleTest {

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
