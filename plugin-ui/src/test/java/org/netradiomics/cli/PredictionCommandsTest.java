package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
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

    @Test
    void evaluateLogRankAtAGivenCutoffEqualsSurvdiff() throws Exception {
        // risk scores, exponential times with hazard rising with the score, random censoring; the cut-off 0.3 is not
        // the median, and one patient sits exactly on it (score > cut-off is the high-risk group)
        SplittableRandom r = new SplittableRandom(31);
        StringBuilder sb = new StringBuilder("patient,score,time,event\n");
        for (int i = 0; i < 80; i++) {
            double score = i == 7 ? 0.3 : r.nextDouble();
            double t = -Math.log(1 - r.nextDouble()) / (0.05 * Math.exp(1.2 * score));
            double c = 5 + 40 * r.nextDouble();
            sb.append(String.format(Locale.ROOT, "P%d,%.6f,%.4f,%d%n", i + 1, score, Math.min(t, c), t <= c ? 1 : 0));
        }
        Path data = tmp.resolve("surv.csv");
        Files.writeString(data, sb.toString());
        Path atCutoff = tmp.resolve("cut.json");
        assertEquals(0, run(new EvaluateCommand(), "--predictions", data.toString(), "--score", "score", "--time",
                "time", "--event", "event", "--cutoff", "0.3", "--out", atCutoff.toString()));
        Path atMedian = tmp.resolve("median.json");
        assertEquals(0, run(new EvaluateCommand(), "--predictions", data.toString(), "--score", "score", "--time",
                "time", "--event", "event", "--out", atMedian.toString()));
        String rData = data.toString().replace("\\", "/");
        double[] rp = rScalars("""
                suppressMessages(library(survival))
                d <- read.csv("%s")
                lr <- function(g) 1 - pchisq(survdiff(Surv(time, event) ~ g, data = d)$chisq, 1)
                cat(sprintf("%%.17g", lr(as.numeric(d$score > 0.3))), sprintf("%%.17g", lr(as.numeric(d$score > median(d$score)))),
                    sum(d$score > 0.3), "\n")
                """.formatted(rData));
        JsonNode cut = JsonMapper.shared().readTree(atCutoff);
        JsonNode median = JsonMapper.shared().readTree(atMedian);
        assertEquals(0.3, cut.get("cutoff_used").doubleValue(), 0);
        double p = cut.get("logrank_p").doubleValue();
        assertEquals(rp[0], p, 1e-10 * Math.max(rp[0], 1e-8), "log-rank p at the cut-off vs R survdiff");
        assertEquals(rp[1], median.get("logrank_p").doubleValue(), 1e-10 * Math.max(rp[1], 1e-8),
                "log-rank p at the median vs R survdiff");
        assertTrue(Math.abs(p - median.get("logrank_p").doubleValue()) > 1e-6, "the cut-off changes the groups");
        assertTrue(rp[2] > 40, "0.3 is below the median: " + rp[2] + " of 80 above it");
        // the cut-off does not change the threshold-free metrics
        assertEquals(median.get("c_index").doubleValue(), cut.get("c_index").doubleValue(), 0);
        assertEquals(median.get("hazard_ratio").doubleValue(), cut.get("hazard_ratio").doubleValue(), 0);
    }

    @Test
    void evaluateBinaryMetricsAtAGivenCutoffEqualHandCounts() throws Exception {
        double[] score = {0.95, 0.80, 0.72, 0.61, 0.50, 0.50, 0.44, 0.38, 0.30, 0.22, 0.15, 0.05};
        int[] outcome = {1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 0};
        StringBuilder sb = new StringBuilder("patient,score,outcome\n");
        for (int i = 0; i < score.length; i++) {
            sb.append(String.format(Locale.ROOT, "P%d,%.2f,%d%n", i + 1, score[i], outcome[i]));
        }
        Path data = tmp.resolve("binary.csv");
        Files.writeString(data, sb.toString());
        Path out = tmp.resolve("b.json");
        assertEquals(0, run(new EvaluateCommand(), "--predictions", data.toString(), "--score", "score", "--outcome",
                "outcome", "--cutoff", "0.5", "--out", out.toString()));
        JsonNode m = JsonMapper.shared().readTree(out);
        // score >= 0.5 is called positive: patients 1-6 (both ties at 0.5 included).
        // TP = 1, 2, 4, 5 (4); FP = 3, 6 (2); FN = 7, 9, 10 (3); TN = 8, 11, 12 (3); 7 positives, 5 negatives
        assertEquals(0.5, m.get("cutoff_used").doubleValue(), 0);
        assertEquals(4.0 / 7, m.get("sensitivity").doubleValue(), 1e-15);
        assertEquals(3.0 / 5, m.get("specificity").doubleValue(), 1e-15);
        assertEquals(4.0 / 6, m.get("ppv").doubleValue(), 1e-15);
        assertEquals(3.0 / 6, m.get("npv").doubleValue(), 1e-15);
        assertEquals(7.0 / 12, m.get("accuracy").doubleValue(), 1e-15);
        assertEquals(8.0 / 13, m.get("f1").doubleValue(), 1e-15, "2 TP / (2 TP + FP + FN)");
        assertTrue(m.has("youden_cutoff"), "Youden's cut-off is still reported");
        // just above the ties, patients 5 and 6 become negative calls: TP 3 of 7, TN 4 of 5
        assertEquals(0, run(new EvaluateCommand(), "--predictions", data.toString(), "--score", "score", "--outcome",
                "outcome", "--cutoff", "0.51", "--out", out.toString()));
        JsonNode above = JsonMapper.shared().readTree(out);
        assertEquals(3.0 / 7, above.get("sensitivity").doubleValue(), 1e-15);
        assertEquals(4.0 / 5, above.get("specificity").doubleValue(), 1e-15);
        assertEquals(m.get("auc").doubleValue(), above.get("auc").doubleValue(), 0, "AUC does not depend on it");
        assertEquals(2, run(new EvaluateCommand(), "--predictions", data.toString(), "--score", "score", "--outcome",
                "outcome", "--cutoff", "half", "--out", out.toString()), "a cut-off that is not a number");
    }

    /**
     * Runs an R script with Rscript and returns the numbers it prints on its last line; skipped without Rscript or the
     * survival package unless CI is set.
     */
    private double[] rScalars(String script) throws IOException, InterruptedException {
        Path file = tmp.resolve("script.R");
        Files.writeString(file, "if (!requireNamespace(\"survival\", quietly = TRUE)) quit(status = 3)\n" + script);
        Process proc;
        try {
            proc = new ProcessBuilder(System.getProperty("netradiomics.rscript", "Rscript"), "--vanilla",
                    file.toString()).redirectError(tmp.resolve("r-stderr.txt").toFile()).start();
        } catch (IOException e) {
            unavailable("Rscript is not installed (" + e.getMessage() + ")");
            return new double[0];
        }
        proc.getOutputStream().close();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "Rscript timed out");
        if (proc.exitValue() == 3) {
            unavailable("R package survival is missing");
        }
        assertEquals(0, proc.exitValue(), () -> "Rscript failed: " + readQuietly(tmp.resolve("r-stderr.txt")));
        String[] lines = out.strip().split("\n");
        String[] tok = lines[lines.length - 1].strip().split("\\s+");
        double[] v = new double[tok.length];
        for (int i = 0; i < tok.length; i++) {
            v[i] = Double.parseDouble(tok[i]);
        }
        return v;
    }

    private static void unavailable(String why) {
        if (System.getenv("CI") != null) {
            throw new AssertionError(why + " (CI is set: install r-base-core and r-cran-survival)");
        }
        Assumptions.abort(why);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    private static int run(Command c, String... args) {
        return c.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }
}
