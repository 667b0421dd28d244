package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.training.CohortTable;
import org.netradiomics.training.SyntheticCohorts;

/**
 * predict: the case columns lesion_site / ct_phase / smallest_lesion_mm are checked against the model's intended use
 * (a warning, or an error in the row for an unknown value), and a trained Cox package writes survival columns.
 */
class PredictContextCommandTest {
    @TempDir
    Path tmp;

    @Test
    void intendedUseColumnsGiveWarningsOrRowErrors() throws Exception {
        Path in = tmp.resolve("patients.csv");
        Files.writeString(in, """
                id,RADscore,ki67,primary_pancreas,lesion_site,ct_phase,smallest_lesion_mm
                A,0.6,10,1,liver,portal venous,22
                B,0.6,10,1,pancreas,arterial,6
                C,0.6,10,1,kidney,arterial,20
                """);
        Path out = tmp.resolve("pred.csv");
        assertEquals(1, run(new PredictCommand(), "--model", "talent-combined", "--input", in.toString(), "--out",
                out.toString()), "one row has an invalid site: exit 1, the others written");
        CohortTable t = CohortTable.read(out);
        String[] warnings = t.text("warnings");
        String[] errors = t.text("error");
        assertEquals(0.777, Double.parseDouble(t.text("probability")[0]), 5e-4);   // the README's worked example
        assertTrue(warnings[0].startsWith("uncalibrated:") && !warnings[0].contains("mismatch"), warnings[0]);
        assertTrue(warnings[1].contains("developed on [liver] lesions, this case is pancreas"), warnings[1]);
        assertTrue(warnings[1].contains("at least 10 mm; the smallest lesion here measures 6.0 mm"), warnings[1]);
        assertEquals("lesion site 'kidney' is not known; use one of [liver, lymph-node, other, pancreas, stomach]",
                errors[2]);
    }

    @Test
    void trainedCoxPackageWritesSurvivalColumns() throws Exception {
        Path cohort = tmp.resolve("gnen.csv");
        SyntheticCohorts.survival(250, 15, 5).write(cohort);
        Path model = tmp.resolve("site-gnen.json");
        assertEquals(0, run(new TrainCommand(), "--pipeline", "gnen", "--cohort", cohort.toString(), "--out",
                model.toString()));
        Path out = tmp.resolve("pred.csv");
        assertEquals(0, run(new PredictCommand(), "--model", model.toString(), "--input", cohort.toString(), "--out",
                out.toString()));
        CohortTable t = CohortTable.read(out);
        List<String> survival = t.columnsStartingWith("survival_");
        assertEquals(3, survival.size(), t.columns().toString());
        double[] lp = t.numeric("linear_predictor");
        double[] s0 = t.numeric(survival.get(0)), s2 = t.numeric(survival.get(2));
        for (int i = 0; i < lp.length; i++) {
            assertTrue(s0[i] > 0 && s0[i] < 1 && s2[i] <= s0[i], "row " + i);
            for (int j = 0; j < lp.length; j++) {
                if (lp[i] > lp[j]) {
                    assertTrue(s2[i] <= s2[j], "higher risk, lower survival: rows " + i + ", " + j);
                }
            }
        }
    }

    private static int run(Command c, String... args) {
        return c.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }
}
