package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.training.SyntheticCohorts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** train, predict and evaluate end to end on synthetic cohorts made by the repository's code. */
class PredictionCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void trainPredictEvaluateTalent() throws Exception {
        Path cohort = tmp.resolve("cohort.csv");
        SyntheticCohorts.binary(300, 20, 4).write(cohort);
        Path model = tmp.resolve("site-talent.json");
        assertEquals(0, run(new TrainCommand(), "--pipeline", "talent", "--cohort", cohort.toString(), "--out",
                model.toString()));
        assertTrue(Files.exists(tmp.resolve("site-talent-radiomics.json")), "first-stage package written");
        Path predictions = tmp.resolve("pred.csv");
        assertEquals(0, run(new PredictCommand(), "--model", model.toString(), "--input", cohort.toString(), "--out",
                predictions.toString()));
        Path metrics = tmp.resolve("metrics.json");
        Path plots = tmp.resolve("plots");
        assertEquals(0, run(new EvaluateCommand(), "--predictions", predictions.toString(), "--score", "probability",
                "--outcome", "outcome", "--out", metrics.toString(), "--plots", plots.toString()));
        JsonNode m = JsonMapper.shared().readTree(metrics);
        for (String key : List.of("auc", "auc_ci_delong", "youden_cutoff", "sensitivity", "specificity", "brier")) {
            assertTrue(m.has(key), key);
        }
        // the synthetic signal (population AUC about 0.8) is recovered on the whole cohort
        assertTrue(m.get("auc").doubleValue() > 0.75, m.toString());
        assertTrue(Files.exists(plots.resolve("roc.png")));
    }

    @Test
    void survivalEvaluationAndGnenTraining() throws Exception {
        Path cohort = tmp.resolve("gnen.csv");
        SyntheticCohorts.survival(250, 15, 5).write(cohort);
        Path model = tmp.resolve("site-gnen.json");
        assertEquals(0, run(new TrainCommand(), "--pipeline", "gnen", "--cohort", cohort.toString(), "--out",
                model.toString()));
        Path predictions = tmp.resolve("pred.csv");
        assertEquals(0, run(new PredictCommand(), "--model", model.toString(), "--input", cohort.toString(), "--out",
                predictions.toString()));
        Path metrics = tmp.resolve("m.json");
        assertEquals(0, run(new EvaluateCommand(), "--predictions", predictions.toString(), "--score",
                "linear_predictor", "--time", "time", "--event", "event", "--out", metrics.toString()));
        JsonNode m = JsonMapper.shared().readTree(metrics);
        for (String key : List.of("c_index", "c_index_ci", "hazard_ratio", "logrank_p")) {
            assertTrue(m.has(key), key);
        }
        assertTrue(m.get("c_index").doubleValue() > 0.7 && m.get("logrank_p").doubleValue() < 0.01, m.toString());
    }

    @Test
    void bundledTalentWithReferenceCohortAndApproximation() throws Exception {
        String[] features = {"original_shape_Flatness", "original_glcm_Imc1", "original_firstorder_90Percentile",
            "original_glrlm_LongRunLowGrayLevelEmphasis", "original_firstorder_Skewness", "original_shape_Sphericity"};
        SplittableRandom r = new SplittableRandom(9);
        StringBuilder sb = new StringBuilder("patient," + String.join(",", features) + ",ki67,primary_pancreas,outcome\n");
        for (int i = 0; i < 60; i++) {
            sb.append("P").append(i);
            for (int k = 0; k < 6; k++) {
                sb.append(',').append(String.format(Locale.ROOT, "%.4f", 0.5 + r.nextDouble()));
            }
            sb.append(',').append(i == 3 ? "" : Integer.toString(1 + r.nextInt(30))).append(',')
                    .append(r.nextInt(2)).append(',').append(i % 2).append('\n');
        }
        Path patients = tmp.resolve("patients.csv");
        Files.writeString(patients, sb.toString());
        Path out = tmp.resolve("p.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // without calibration the published signature cannot run: every row names the problem
        assertEquals(1, run(new PredictCommand(), "--model", "talent-combined", "--input", patients.toString(), "--out",
                out.toString()));
        assertTrue(Files.readString(out).contains("not published"));
        assertEquals(1, run(new PredictCommand(), "--model", "talent-combined", "--input", patients.toString(), "--out",
                out.toString(), "--reference", patients.toString(), "--outcome", "outcome"));
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(4).contains("missing clinical value 'ki67'"), lines.get(4));
        assertTrue(lines.get(1).contains("benefit"), lines.get(1));
        // calibrate once, then reuse the calibrated package
        Path calibrated = tmp.resolve("talent-radiomics-site.json");
        assertEquals(0, run(new CalibrateCommand(), "--model", "talent-radiomics", "--reference", patients.toString(),
                "--outcome", "outcome", "--out", calibrated.toString()));
        assertTrue(Files.readString(calibrated).contains("fitted-on-site"));
        Path viaFile = tmp.resolve("p2.csv");
        assertEquals(1, run(new PredictCommand(), "--model", "talent-combined", "--input", patients.toString(), "--out",
                viaFile.toString(), "--with", calibrated.toString()));
        assertEquals(Files.readAllLines(out).get(1), Files.readAllLines(viaFile).get(1),
                "calibrating in place or from the written package gives the same prediction");
        assertEquals(1, run(new CalibrateCommand(), "--model", "talent-combined", "--reference", patients.toString(),
                "--outcome", "outcome", "--out", tmp.resolve("x.json").toString()), "a published model is not recalibrated");
        assertEquals(1, run(new PredictCommand(), "--model", "talent-combined", "--input", patients.toString(), "--out",
                out.toString(), "--approximate", "yes"));
        assertTrue(Files.readAllLines(out).get(1).contains("approximated"));
        assertEquals(1, new PredictCommand().run(new String[] {"--model", "nope", "--input", patients.toString(),
            "--out", out.toString()}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)));
        assertTrue(err.toString().contains("available"), err.toString());
        assertEquals(2, run(new EvaluateCommand(), "--predictions", out.toString(), "--score", "x", "--out", "y"));
    }

    private static int run(Command c, String... args) {
        return c.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }
}
