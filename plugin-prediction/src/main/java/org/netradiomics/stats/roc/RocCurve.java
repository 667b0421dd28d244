package org.netradiomics.stats.roc;

import org.netradiomics.stats.Distributions;
import org.netradiomics.stats.InputChecks;

/**
 * Empirical ROC analysis of a score against a binary outcome: AUC by the Mann-Whitney statistic (ties count ½)
 * and DeLong's variance from the placement values, equal to {@code pROC::roc(outcome, score, direction = "<")},
 * {@code auc()}, {@code var(method = "delong")} and {@code ci.auc(method = "delong")}. Immutable.
 */
public final class RocCurve {
    private final double[] cases;
    private final double[] controls;
    private final double[] casePlacements;
    private final double[] controlPlacements;
    private final double auc;

    private RocCurve(double[] cases, double[] controls) {
        this.cases = cases;
        this.controls = controls;
        int m = cases.length;
        int n = controls.length;
        casePlacements = new double[m];
        controlPlacements = new double[n];
        double total = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double psi = cases[i] > controls[j] ? 1 : cases[i] == controls[j] ? 0.5 : 0;
                casePlacements[i] += psi;
                controlPlacements[j] += psi;
                total += psi;
            }
        }
        for (int i = 0; i < m; i++) {
            casePlacements[i] /= n;
        }
        for (int j = 0; j < n; j++) {
            controlPlacements[j] /= m;
        }
        auc = total / ((double) m * n);
    }

    /**
     * Builds the curve. {@code positive[i]} is patient i's outcome, {@code score[i]} the prediction. Needs at
     * least two positives and two negatives (DeLong's variance divides by m − 1 and n − 1).
     */
    public static RocCurve of(boolean[] positive, double[] score) {
        InputChecks.requireSameLength("the outcome", positive.length, "the scores", score.length);
        InputChecks.requireFinite("score", score);
        InputChecks.requireBothClasses(positive, 2);
        int m = 0;
        for (boolean b : positive) {
            if (b) {
                m++;
            }
        }
        double[] cs = new double[m];
        double[] ct = new double[positive.length - m];
        int a = 0;
        int b = 0;
        for (int i = 0; i < positive.length; i++) {
            if (positive[i]) {
                cs[a++] = score[i];
            } else {
                ct[b++] = score[i];
            }
        }
        return new RocCurve(cs, ct);
    }

    /** Area under the curve: P(score of a positive &gt; score of a negative) + ½ P(equal). */
    public double auc() {
        return auc;
    }

    public int positiveCount() {
        return cases.length;
    }

    public int negativeCount() {
        return controls.length;
    }

    /** DeLong variance S10/m + S01/n, S10 and S01 the sample variances of the case and control placements. */
    public double delongVariance() {
        return covariance(casePlacements, casePlacements, auc, auc) / cases.length
                + covariance(controlPlacements, controlPlacements, auc, auc) / controls.length;
    }

    /** DeLong interval AUC ± z·sqrt(var), truncated to [0, 1] as pROC: {@code [0]} lower, {@code [1]} upper. */
    public double[] delongInterval(double level) {
        InputChecks.requireLevel(level);
        double z = Distributions.normalQuantile(0.5 + level / 2);
        double sd = Math.sqrt(delongVariance());
        return new double[] {Math.max(0, auc - z * sd), Math.min(1, auc + z * sd)};
    }

    /** DeLong covariance of this AUC with another curve's AUC on the same patients (same outcome vector). */
    double delongCovariance(RocCurve other) {
        return covariance(casePlacements, other.casePlacements, auc, other.auc) / cases.length
                + covariance(controlPlacements, other.controlPlacements, auc, other.auc) / controls.length;
    }

    /** Σ (a − ma)(b − mb) / (k − 1), pROC's form (centred at the AUCs, which are the placement means). */
    private static double covariance(double[] a, double[] b, double ma, double mb) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }
}
