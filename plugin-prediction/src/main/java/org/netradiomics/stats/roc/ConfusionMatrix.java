package org.netradiomics.stats.roc;

import org.netradiomics.stats.InputChecks;

/**
 * Counts of a binary classification at a cut-off (score ≥ cut-off ⇒ predicted positive, cutpointr's
 * {@code direction = ">="}) and the usual metrics. A metric whose denominator is 0 is NaN.
 */
public record ConfusionMatrix(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    /** Classifies every patient with {@code score ≥ cutoff} as positive. */
    public static ConfusionMatrix at(boolean[] positive, double[] score, double cutoff) {
        InputChecks.requireSameLength("the outcome", positive.length, "the scores", score.length);
        InputChecks.requireFinite("score", score);
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < score.length; i++) {
            boolean predicted = score[i] >= cutoff;
            if (positive[i]) {
                if (predicted) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /** TP / (TP + FN). */
    public double sensitivity() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /** TN / (TN + FP). */
    public double specificity() {
        return ratio(trueNegatives, trueNegatives + falsePositives);
    }

    /** Positive predictive value TP / (TP + FP). */
    public double ppv() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Negative predictive value TN / (TN + FN). */
    public double npv() {
        return ratio(trueNegatives, trueNegatives + falseNegatives);
    }

    /** (TP + TN) / n. */
    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + trueNegatives + falsePositives + falseNegatives);
    }

    /** F1 = 2TP / (2TP + FP + FN). */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** Youden's J = sensitivity + specificity − 1. */
    public double youden() {
        return sensitivity() + specificity() - 1;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
