package org.netradiomics.plots;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.netradiomics.stats.roc.CalibrationCurve;
import org.netradiomics.stats.roc.DecisionCurve;
import org.netradiomics.stats.roc.RocCurve;
import org.netradiomics.stats.survival.KaplanMeier;

/** Evaluation plots as PNG files, drawn headless: ROC, calibration, decision curve, Kaplan-Meier. */
public final class Plots {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 560;

    private Plots() {}

    /** ROC curves of one or more scores (name → score) against {@code positive}, with AUCs in the legend. */
    public static void roc(Path file, boolean[] positive, Map<String, double[]> scores) {
        Chart c = new Chart(WIDTH, HEIGHT, 0, 1, 0, 1, "ROC curve", "1 - specificity", "sensitivity");
        c.line(new double[] {0, 1}, new double[] {0, 1}, Color.GRAY, true, null);
        int k = 0;
        for (Map.Entry<String, double[]> e : scores.entrySet()) {
            double[][] pts = rocPoints(positive, e.getValue());
            double auc = RocCurve.of(positive, e.getValue()).auc();
            c.line(pts[0], pts[1], Chart.PALETTE[k++ % Chart.PALETTE.length], false,
                    String.format(Locale.ROOT, "%s (AUC %.3f)", e.getKey(), auc));
        }
        c.writePng(file);
    }

    /** (1 − specificity, sensitivity) at every distinct threshold, from (0, 0) to (1, 1). */
    static double[][] rocPoints(boolean[] positive, double[] score) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int pos = 0;
        for (boolean b : positive) {
            pos += b ? 1 : 0;
        }
        int neg = positive.length - pos;
        double[] fpr = new double[score.length + 1];
        double[] tpr = new double[score.length + 1];
        int tp = 0;
        int fp = 0;
        int m = 1;
        for (int r = 0; r < order.length; r++) {
            if (positive[order[r]]) {
                tp++;
            } else {
                fp++;
            }
            if (r + 1 == order.length || score[order[r + 1]] != score[order[r]]) {
                fpr[m] = (double) fp / neg;
                tpr[m] = (double) tp / pos;
                m++;
            }
        }
        return new double[][] {Arrays.copyOf(fpr, m), Arrays.copyOf(tpr, m)};
    }

    /** Grouped calibration curve with the ideal diagonal and the calibration slope. */
    public static void calibration(Path file, CalibrationCurve curve) {
        Chart c = new Chart(WIDTH, HEIGHT, 0, 1, 0, 1, "Calibration", "predicted probability", "observed fraction");
        c.line(new double[] {0, 1}, new double[] {0, 1}, Color.GRAY, true, "ideal");
        c.line(curve.meanPredicted(), curve.observed(), Chart.PALETTE[0], false, "model (grouped)");
        c.points(curve.meanPredicted(), curve.observed(), Chart.PALETTE[0]);
        c.note(String.format(Locale.ROOT, "calibration slope %.2f", curve.slope()), 0);
        c.writePng(file);
    }

    /** Net benefit of the model, treat-all and treat-none. */
    public static void decisionCurve(Path file, DecisionCurve dc) {
        double max = Arrays.stream(dc.model()).max().orElse(0.1);
        max = Math.max(max, Arrays.stream(dc.treatAll()).max().orElse(0.1));
        Chart c = new Chart(WIDTH, HEIGHT, 0, 1, -0.05, Math.max(0.05, max * 1.1), "Decision curve",
                "threshold probability", "net benefit");
        c.line(dc.thresholds(), dc.model(), Chart.PALETTE[0], false, "model");
        c.line(dc.thresholds(), dc.treatAll(), Chart.PALETTE[1], true, "treat all");
        c.line(new double[] {0, 1}, new double[] {0, 0}, Color.GRAY, false, "treat none");
        c.writePng(file);
    }

    /** Kaplan-Meier curves of groups (name → curve), with an optional log-rank p-value note. */
    public static void kaplanMeier(Path file, Map<String, KaplanMeier> groups, double logRankP, String timeUnit) {
        double tmax = 0;
        for (KaplanMeier km : groups.values()) {
            List<KaplanMeier.Step> s = km.steps();
            tmax = Math.max(tmax, s.isEmpty() ? 0 : s.get(s.size() - 1).time());
        }
        Chart c = new Chart(WIDTH, HEIGHT, 0, Math.max(tmax, 1e-9), 0, 1, "Kaplan-Meier", "time (" + timeUnit + ")",
                "survival probability");
        int k = 0;
        for (Map.Entry<String, KaplanMeier> e : groups.entrySet()) {
            List<KaplanMeier.Step> s = e.getValue().steps();
            double[] t = new double[s.size() + 1];
            double[] surv = new double[s.size() + 1];
            surv[0] = 1;
            for (int i = 0; i < s.size(); i++) {
                t[i + 1] = s.get(i).time();
                surv[i + 1] = s.get(i).survival();
            }
            c.steps(t, surv, Chart.PALETTE[k++ % Chart.PALETTE.length], e.getKey());
        }
        if (!Double.isNaN(logRankP)) {
            c.note(String.format(Locale.ROOT, "log-rank p = %.3g", logRankP), 0);
        }
        c.writePng(file);
    }
}
