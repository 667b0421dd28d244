package org.netradiomics.stats.roc;

import java.util.Arrays;

import org.netradiomics.stats.InputChecks;

/**
 * Optimal cut-off by Youden's J, equal to {@code cutpointr(x, class, direction = ">=", method = maximize_metric,
 * metric = youden)} with its defaults {@code tol_metric = 1e-6}, {@code break_ties = median},
 * {@code use_midpoints = FALSE}: the candidates are +∞ and every distinct score; all candidates whose J is within
 * 1e-6 of the maximum are optimal, and the returned cut-off is the median of the optimal candidates (so with an
 * even number of tied optima it is the mean of the middle two, which need not be an observed score).
 *
 * @param cutoff     the chosen cut-off (predict positive when score ≥ cutoff)
 * @param youden     the maximal J
 * @param candidates all optimal candidates, in decreasing order
 * @param atCutoff   the classification at {@code cutoff}
 */
public record YoudenCutpoint(double cutoff, double youden, double[] candidates, ConfusionMatrix atCutoff) {
    /** cutpointr's default tolerance for ties in the metric. */
    public static final double TOLERANCE = 1e-6;

    public YoudenCutpoint {
        candidates = candidates.clone();
    }

    @Override
    public double[] candidates() {
        return candidates.clone();
    }

    /** Finds the cut-off. */
    public static YoudenCutpoint of(boolean[] positive, double[] score) {
        InputChecks.requireSameLength("the outcome", positive.length, "the scores", score.length);
        InputChecks.requireFinite("score", score);
        InputChecks.requireBothClasses(positive, 1);
        double[] distinct = Arrays.stream(score).distinct().sorted().toArray();
        int k = distinct.length + 1;
        double[] cand = new double[k];
        double[] j = new double[k];
        cand[0] = Double.POSITIVE_INFINITY;
        for (int i = 0; i < distinct.length; i++) {
            cand[i + 1] = distinct[distinct.length - 1 - i];
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            j[i] = ConfusionMatrix.at(positive, score, cand[i]).youden();
            max = Math.max(max, j[i]);
        }
        final double best = max;
        double[] optimal = java.util.stream.IntStream.range(0, k).filter(i -> j[i] >= best - TOLERANCE
                && j[i] <= best + TOLERANCE).mapToDouble(i -> cand[i]).toArray();
        double[] sorted = optimal.clone();
        Arrays.sort(sorted);
        int q = sorted.length;
        double cut = q % 2 == 1 ? sorted[q / 2] : (sorted[q / 2 - 1] + sorted[q / 2]) / 2;
        return new YoudenCutpoint(cut, best, optimal, ConfusionMatrix.at(positive, score, cut));
    }
}
