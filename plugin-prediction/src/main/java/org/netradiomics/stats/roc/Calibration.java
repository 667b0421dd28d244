package org.netradiomics.stats.roc;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/** Calibration measures of predicted probabilities. */
public final class Calibration {
    private Calibration() {}

    /** Brier score (1/n) Σ (p_i − y_i)², y = 1 for positives. */
    public static double brierScore(boolean[] positive, double[] probability) {
        requireProbabilities(positive, probability);
        double s = 0;
        for (int i = 0; i < probability.length; i++) {
            double d = probability[i] - (positive[i] ? 1 : 0);
            s += d * d;
        }
        return s / probability.length;
    }

    static void requireProbabilities(boolean[] positive, double[] probability) {
        InputChecks.requireSameLength("the outcome", positive.length, "the predicted probabilities",
                probability.length);
        if (probability.length == 0) {
            throw new InvalidInputException("no predictions given");
        }
        InputChecks.requireFinite("predicted probability", probability);
        for (int i = 0; i < probability.length; i++) {
            if (probability[i] < 0 || probability[i] > 1) {
                throw new InvalidInputException("predicted probability " + (i + 1) + " is " + probability[i]
                        + "; probabilities must lie in [0, 1] (pass the model's probability, not its linear score)");
            }
        }
    }

    /** R's {@code quantile(x, probs, type = 7)} of sorted values: (1 − h)·x[lo] + h·x[hi], index = 1 + (n − 1)p. */
    static double quantileType7(double[] sorted, double prob) {
        int n = sorted.length;
        // 1-based index computed exactly as R does, so that rounding (and hence group limits) agree bit for bit
        double index = 1 + (n - 1) * prob;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double q = sorted[lo - 1];
        if (index > lo && sorted[hi - 1] != q) {
            double h = index - lo;
            q = (1 - h) * q + h * sorted[hi - 1];
        }
        return q;
    }
}
