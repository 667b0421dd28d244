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

    /**
     * A nomogram: a points axis (0-100) on top, one axis per input with its values placed at their points, a total
     * points axis, and the probability (logistic, {@code probability} true) or linear predictor below it.
     */
    public static void nomogram(Path file, org.netradiomics.model.NomogramScale scale, boolean probability) {
        int rows = scale.inputs().size() + 3;
        int width = 760;
        int height = 60 + 50 * rows;
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        int left = 190;
        int axis = width - left - 40;
        java.util.function.DoubleUnaryOperator px = pts -> left + pts / 100 * axis;
        int y = 40;
        g.drawString("Points", 10, y);
        g.drawLine(left, y, left + axis, y);
        for (int t = 0; t <= 100; t += 10) {
            int x = (int) px.applyAsDouble(t);
            g.drawLine(x, y - 4, x, y + 4);
            g.drawString(Integer.toString(t), x - 8, y - 8);
        }
        double maxTotal = 0;
        for (int k = 0; k < scale.inputs().size(); k++) {
            y += 50;
            g.drawString(scale.inputs().get(k), 10, y);
            double a = scale.points(k, scale.lo()[k]);
            double b = scale.points(k, scale.hi()[k]);
            maxTotal += Math.max(a, b);
            g.drawLine((int) px.applyAsDouble(Math.min(a, b)), y, (int) px.applyAsDouble(Math.max(a, b)), y);
            for (int t = 0; t <= 4; t++) {
                double v = scale.lo()[k] + t * (scale.hi()[k] - scale.lo()[k]) / 4;
                int x = (int) px.applyAsDouble(scale.points(k, v));
                g.drawLine(x, y - 4, x, y + 4);
                g.drawString(String.format(Locale.ROOT, "%.3g", v), x - 10, y + 18);
            }
        }
        y += 50;
        g.drawString("Total points", 10, y);
        g.drawLine(left, y, left + axis, y);
        for (int t = 0; t <= 4; t++) {
            double tp = t * maxTotal / 4;
            int x = left + (int) (tp / maxTotal * axis);
            g.drawLine(x, y - 4, x, y + 4);
            g.drawString(String.format(Locale.ROOT, "%.0f", tp), x - 8, y - 8);
        }
        y += 50;
        g.drawString(probability ? "Probability" : "Linear predictor", 10, y);
        g.drawLine(left, y, left + axis, y);
        for (int t = 0; t <= 4; t++) {
            double tp = t * maxTotal / 4;
            double lp = scale.linearPredictor(tp);
            double v = probability ? 1 / (1 + Math.exp(-lp)) : lp;
            int x = left + (int) (tp / maxTotal * axis);
            g.drawLine(x, y - 4, x, y + 4);
            g.drawString(String.format(Locale.ROOT, "%.3g", v), x - 10, y + 18);
        }
        g.dispose();
        try {
            if (file.getParent() != null) {
                java.nio.file.Files.createDirectories(file.getParent());
            }
            javax.imageio.ImageIO.write(img, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new org.netradiomics.volume.InvalidInputException("cannot write plot " + file + ": " + e.getMessage());
        }
    }
}
