package org.netradiomics.training;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.netradiomics.plots.Plots;
import org.netradiomics.stats.roc.BootstrapAuc;
import org.netradiomics.stats.roc.Calibration;
import org.netradiomics.stats.roc.CalibrationCurve;
import org.netradiomics.stats.roc.ConfusionMatrix;
import org.netradiomics.stats.roc.DeLongTest;
import org.netradiomics.stats.roc.DecisionCurve;
import org.netradiomics.stats.roc.HosmerLemeshowTest;
import org.netradiomics.stats.roc.RocCurve;
import org.netradiomics.stats.roc.YoudenCutpoint;
import org.netradiomics.stats.survival.Concordance;
import org.netradiomics.stats.survival.CoxModel;
import org.netradiomics.stats.survival.CoxOptions;
import org.netradiomics.stats.survival.KaplanMeier;
import org.netradiomics.stats.survival.LogRankTest;
import org.netradiomics.stats.survival.SurvivalData;

/**
 * Evaluation of a score as the studies reported it. Binary outcome: AUC with DeLong and bootstrap (2000 stratified
 * resamples, percentile) 95% intervals, DeLong's paired test against another score, Youden cut-off
 * (cutpointr), sensitivity, specificity, PPV, NPV, accuracy and F1 at the Youden or a given cut-off, and for
 * probabilities the Brier score, Hosmer-Lemeshow test (10 groups) and calibration slope. Survival: Harrell's C with
 * 95% interval, Cox hazard ratio per unit of score with 95% interval, log-rank p between the groups above and at/below
 * the median score (or a given cut-off). Optional PNG plots.
 */
public final class Evaluation {
    private Evaluation() {}

    /** Metrics of {@code score} for a binary outcome; {@code cutoff} NaN = Youden's; {@code plots} may be null. */
    public static Map<String, Object> binary(boolean[] positive, double[] score, double cutoff, Path plots) {
        Map<String, Object> m = new LinkedHashMap<>();
        RocCurve roc = RocCurve.of(positive, score);
        m.put("n", positive.length);
        m.put("positives", roc.positiveCount());
        m.put("auc", roc.auc());
        m.put("auc_ci_delong", roc.delongInterval(0.95));
        BootstrapAuc boot = BootstrapAuc.interval(positive, score, 2000, 0.95, 1);
        m.put("auc_ci_bootstrap", new double[] {boot.lower(), boot.upper()});
        YoudenCutpoint youden = YoudenCutpoint.of(positive, score);
        m.put("youden_cutoff", youden.cutoff());
        double used = Double.isNaN(cutoff) ? youden.cutoff() : cutoff;
        m.put("cutoff_used", used);
        ConfusionMatrix cm = ConfusionMatrix.at(positive, score, used);
        m.put("sensitivity", cm.sensitivity());
        m.put("specificity", cm.specificity());
        m.put("ppv", cm.ppv());
        m.put("npv", cm.npv());
        m.put("accuracy", cm.accuracy());
        m.put("f1", cm.f1());
        boolean probabilities = Arrays.stream(score).allMatch(s -> s >= 0 && s <= 1);
        if (probabilities) {
            m.put("brier", Calibration.brierScore(positive, score));
            if (positive.length >= 20) {
                HosmerLemeshowTest hl = HosmerLemeshowTest.of(positive, score, 10);
                m.put("hosmer_lemeshow_chi2", hl.chiSquare());
                m.put("hosmer_lemeshow_p", hl.p());
                CalibrationCurve curve = CalibrationCurve.of(positive, score, 10);
                m.put("calibration_slope", curve.slope());
                if (plots != null) {
                    Plots.calibration(plots.resolve("calibration.png"), curve);
                    Plots.decisionCurve(plots.resolve("dca.png"),
                            DecisionCurve.of(positive, score, DecisionCurve.percentThresholds()));
                }
            }
        }
        if (plots != null) {
            Map<String, double[]> scores = new LinkedHashMap<>();
            scores.put("score", score);
            Plots.roc(plots.resolve("roc.png"), positive, scores);
        }
        return m;
    }

    /** DeLong's paired test of two scores' AUCs on the same patients (pROC {@code roc.test}). */
    public static Map<String, Object> compare(boolean[] positive, double[] score, double[] other) {
        DeLongTest t = DeLongTest.paired(positive, score, other);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("auc", t.auc1());
        m.put("auc_other", t.auc2());
        m.put("delong_z", t.z());
        m.put("delong_p", t.p());
        return m;
    }

    /** Metrics of a risk score (higher = worse) for a survival outcome; {@code cutoff} NaN = median score. */
    public static Map<String, Object> survival(double[] time, boolean[] event, double[] score, double cutoff,
            Path plots) {
        Map<String, Object> m = new LinkedHashMap<>();
        SurvivalData y = SurvivalData.of(time, event);
        m.put("n", time.length);
        m.put("events", y.eventCount());
        Concordance c = Concordance.of(y, score);
        m.put("c_index", c.index());
        m.put("c_index_ci", c.interval(0.95));
        double[][] x = new double[score.length][];
        for (int i = 0; i < score.length; i++) {
            x[i] = new double[] {score[i]};
        }
        CoxModel cox = CoxModel.fit(x, y, CoxOptions.defaults());
        m.put("hazard_ratio", cox.hazardRatios()[0]);
        m.put("hazard_ratio_ci", cox.hazardRatioInterval(0.95)[0]);
        m.put("cox_p", cox.waldP()[0]);
        double[] sorted = score.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double split = Double.isNaN(cutoff) ? (n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]))
                : cutoff;
        m.put("cutoff_used", split);
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = score[i] > split ? 1 : 0;
        }
        m.put("logrank_p", LogRankTest.of(y, group).p());
        if (plots != null) {
            int[] hi = java.util.stream.IntStream.range(0, n).filter(i -> group[i] == 1).toArray();
            int[] lo = java.util.stream.IntStream.range(0, n).filter(i -> group[i] == 0).toArray();
            Map<String, KaplanMeier> km = new LinkedHashMap<>();
            km.put("score > " + String.format(java.util.Locale.ROOT, "%.3g", split), KaplanMeier.fit(y.subset(hi)));
            km.put("score <= " + String.format(java.util.Locale.ROOT, "%.3g", split), KaplanMeier.fit(y.subset(lo)));
            Plots.kaplanMeier(plots.resolve("km.png"), km, (double) m.get("logrank_p"), "time");
        }
        return m;
    }
}
