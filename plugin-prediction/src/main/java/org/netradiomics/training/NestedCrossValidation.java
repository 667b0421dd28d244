package org.netradiomics.training;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.stats.roc.RocCurve;

/**
 * Repeated k-fold cross-validation of a whole model-development procedure (every fitted step, e.g. harmonisation,
 * scaling, selection, tuning, redone inside each outer training fold): per repeat, the pooled out-of-fold
 * probabilities give AUC, accuracy, sensitivity and specificity at 0.5, and the Brier score; the report gives their
 * means over repeats and the 2.5th–97.5th percentile interval of the AUC.
 */
public final class NestedCrossValidation {
    private NestedCrossValidation() {}

    /** Means over repeats, and the AUC's percentile interval. */
    public record Report(double auc, double[] aucInterval95, double accuracy, double sensitivity, double specificity,
            double brier, int repeats, int folds) {}

    /**
     * {@code fit} develops a model on training row indices and returns a function giving a row's probability.
     */
    public static <M> Report run(boolean[] positive, int folds, int repeats, long seed, Function<int[], M> fit,
            ToDoubleBiFunction<M, Integer> predict) {
        int n = positive.length;
        double[] aucs = new double[repeats];
        double acc = 0;
        double sens = 0;
        double spec = 0;
        double brier = 0;
        for (int r = 0; r < repeats; r++) {
            int[] fold = StratifiedSplit.folds(StratifiedSplit.classes(positive), folds, seed + 1000L * r);
            double[] p = new double[n];
            for (int f = 1; f <= folds; f++) {
                int ff = f;
                int[] train = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != ff).toArray();
                M model = fit.apply(train);
                for (int i = 0; i < n; i++) {
                    if (fold[i] == f) {
                        p[i] = predict.applyAsDouble(model, i);
                    }
                }
            }
            aucs[r] = RocCurve.of(positive, p).auc();
            int tp = 0;
            int tn = 0;
            int pos = 0;
            double b = 0;
            for (int i = 0; i < n; i++) {
                boolean call = p[i] >= 0.5;
                pos += positive[i] ? 1 : 0;
                tp += positive[i] && call ? 1 : 0;
                tn += !positive[i] && !call ? 1 : 0;
                b += (p[i] - (positive[i] ? 1 : 0)) * (p[i] - (positive[i] ? 1 : 0)) / n;
            }
            acc += (double) (tp + tn) / n / repeats;
            sens += (double) tp / pos / repeats;
            spec += (double) tn / (n - pos) / repeats;
            brier += b / repeats;
        }
        double[] sorted = aucs.clone();
        Arrays.sort(sorted);
        return new Report(Arrays.stream(aucs).average().orElse(Double.NaN),
                new double[] {quantile(sorted, 0.025), quantile(sorted, 0.975)}, acc, sens, spec, brier, repeats, folds);
    }

    /** R's default (type 7) quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
