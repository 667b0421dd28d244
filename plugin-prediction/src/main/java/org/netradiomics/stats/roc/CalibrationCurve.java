package org.netradiomics.stats.roc;

import java.util.Arrays;
import java.util.Comparator;

import org.netradiomics.stats.regression.LogisticRegression;
import org.netradiomics.volume.InvalidInputException;

/**
 * Calibration of predicted probabilities: patients sorted by prediction and cut into {@code groups} groups of (nearly)
 * equal size, each with its mean predicted probability and observed event fraction; and the calibration slope, the
 * coefficient of logit(p) in the logistic regression {@code glm(y ~ qlogis(p), binomial)} (1 = ideal, &lt; 1 =
 * over-fitted predictions).
 */
public record CalibrationCurve(double[] meanPredicted, double[] observed, int[] size, double slope,
        double slopeIntercept) {

    /** The curve of {@code probability} against {@code positive} with {@code groups} groups. */
    public static CalibrationCurve of(boolean[] positive, double[] probability, int groups) {
        Calibration.requireProbabilities(positive, probability);
        int n = probability.length;
        if (groups < 2 || groups > n) {
            throw new InvalidInputException("calibration needs between 2 and " + n + " groups, got " + groups);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> probability[i]));
        double[] pred = new double[groups];
        double[] obs = new double[groups];
        int[] size = new int[groups];
        for (int r = 0; r < n; r++) {
            int g = (int) ((long) r * groups / n);
            int i = order[r];
            pred[g] += probability[i];
            obs[g] += positive[i] ? 1 : 0;
            size[g]++;
        }
        for (int g = 0; g < groups; g++) {
            pred[g] /= size[g];
            obs[g] /= size[g];
        }
        double[][] logit = new double[n][1];
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - 1e-12, Math.max(1e-12, probability[i]));
            logit[i][0] = Math.log(p / (1 - p));
        }
        double[] beta = LogisticRegression.fit(logit, positive).coefficients();
        return new CalibrationCurve(pred, obs, size, beta[1], beta[0]);
    }
}
