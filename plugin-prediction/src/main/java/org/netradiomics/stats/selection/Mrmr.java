package org.netradiomics.stats.selection;

import java.util.ArrayList;
import java.util.List;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Classic minimum-redundancy maximum-relevance selection (Peng, Long and Ding 2005, MID criterion) with the
 * Pearson mutual-information estimate of {@code mRMRe::mRMR.classic} (its default estimator):
 * <pre>
 *   I(a; b) = −½ ln(1 − ρ²(a, b))
 *   first:  argmax_j I(x_j; y)
 *   next:   argmax_{j ∉ S} [ I(x_j; y) − (1/|S|) Σ_{s ∈ S} I(x_j; x_s) ]
 * </pre>
 * A binary outcome is coded 0/1 (point-biserial correlation). Optional caps, applied while selecting, skip a
 * candidate whose squared correlation with an already selected feature exceeds {@code maxPairwiseR2} or whose
 * variance inflation factor 1/(1 − R²_{j|S}) on the selected features exceeds {@code maxVif}.
 */
public final class Mrmr {
    private Mrmr() {}

    /** The selection: feature indices in order of selection and the MID score each had when chosen. */
    public record Selection(int[] features, double[] scores) {}

    /** Selection options: {@code count} features, caps (1 and +∞ mean none). */
    public record Options(int count, double maxPairwiseR2, double maxVif) {
        /** Validates the options. */
        public Options {
            if (count < 1) {
                throw new InvalidInputException("mRMR feature count must be at least 1, got " + count);
            }
            if (!(maxPairwiseR2 > 0 && maxPairwiseR2 <= 1)) {
                throw new InvalidInputException("mRMR pairwise R² cap must be in (0, 1], got " + maxPairwiseR2);
            }
            if (!(maxVif >= 1)) {
                throw new InvalidInputException("mRMR VIF cap must be at least 1, got " + maxVif);
            }
        }

        /** {@code count} features, no caps (mRMRe classic). */
        public static Options classic(int count) {
            return new Options(count, 1, Double.POSITIVE_INFINITY);
        }
    }

    /** Selects from {@code x[sample][feature]} against the numeric (or 0/1) outcome {@code y}. */
    public static Selection select(double[][] x, double[] y, Options options) {
        int n = y.length;
        InputChecks.requireFinite("outcome", y);
        int p = InputChecks.requireMatrix("feature table", x, n);
        if (options.count() > p) {
            throw new InvalidInputException("mRMR asked for " + options.count() + " features but the table has " + p);
        }
        double[][] cols = new double[p + 1][];
        for (int j = 0; j < p; j++) {
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = x[i][j];
            }
            cols[j] = standardise(c, "feature " + (j + 1));
        }
        cols[p] = standardise(y.clone(), "outcome");
        double[] relevance = new double[p];
        for (int j = 0; j < p; j++) {
            relevance[j] = information(correlation(cols[j], cols[p]));
        }
        List<Integer> selected = new ArrayList<>();
        double[] redundancySum = new double[p];
        boolean[] taken = new boolean[p];
        int[] chosen = new int[options.count()];
        double[] scores = new double[options.count()];
        for (int step = 0; step < options.count(); step++) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < p; j++) {
                if (taken[j] || !withinCaps(cols, j, selected, options)) {
                    continue;
                }
                double score = step == 0 ? relevance[j] : relevance[j] - redundancySum[j] / step;
                if (score > bestScore) {
                    bestScore = score;
                    best = j;
                }
            }
            if (best < 0) {
                throw new InvalidInputException("mRMR found only " + step + " features within the caps (pairwise R² ≤ "
                        + options.maxPairwiseR2() + ", VIF ≤ " + options.maxVif() + "); ask for fewer or relax the caps");
            }
            taken[best] = true;
            selected.add(best);
            chosen[step] = best;
            scores[step] = bestScore;
            for (int j = 0; j < p; j++) {
                if (!taken[j]) {
                    redundancySum[j] += information(correlation(cols[j], cols[best]));
                }
            }
        }
        return new Selection(chosen, scores);
    }

    /** I = −½ ln(1 − ρ²). */
    static double information(double rho) {
        return -0.5 * Math.log(1 - rho * rho);
    }

    private static boolean withinCaps(double[][] cols, int j, List<Integer> selected, Options options) {
        if (selected.isEmpty()) {
            return true;
        }
        for (int s : selected) {
            double r = correlation(cols[j], cols[s]);
            if (r * r > options.maxPairwiseR2()) {
                return false;
            }
        }
        if (Double.isInfinite(options.maxVif())) {
            return true;
        }
        double r2 = VarianceInflation.rSquared(cols, j, selected);
        return 1 / (1 - r2) <= options.maxVif();
    }

    private static double[] standardise(double[] v, String what) {
        double m = 0;
        for (double d : v) {
            m += d / v.length;
        }
        double ss = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] -= m;
            ss += v[i] * v[i];
        }
        if (!(ss > 0)) {
            throw new InvalidInputException("mRMR: " + what + " is constant; remove constant columns first");
        }
        double s = Math.sqrt(ss);
        for (int i = 0; i < v.length; i++) {
            v[i] /= s;
        }
        return v;
    }

    /** Pearson correlation of two centred unit-norm columns. */
    static double correlation(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return Math.max(-1, Math.min(1, s));
    }
}
