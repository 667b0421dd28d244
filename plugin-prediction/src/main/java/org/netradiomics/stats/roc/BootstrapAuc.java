package org.netradiomics.stats.roc;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Percentile bootstrap interval for the AUC, stratified as pROC's {@code ci.auc(method = "bootstrap",
 * boot.stratified = TRUE)}: each replicate resamples the positives and the negatives separately with replacement;
 * the interval is the type-7 quantiles of the replicate AUCs. Reproducible from the seed ({@link SplittableRandom});
 * not bit-equal to R, whose random number stream differs.
 *
 * @param auc        AUC on the original data
 * @param lower      lower limit
 * @param upper      upper limit
 * @param replicates number of bootstrap replicates
 */
public record BootstrapAuc(double auc, double lower, double upper, int replicates) {

    /** Computes the interval with {@code replicates} stratified resamples drawn from {@code seed}. */
    public static BootstrapAuc interval(boolean[] positive, double[] score, int replicates, double level, long seed) {
        InputChecks.requireLevel(level);
        if (replicates < 100) {
            throw new InvalidInputException("use at least 100 bootstrap replicates (2000 is usual), got " + replicates);
        }
        RocCurve full = RocCurve.of(positive, score);
        double[] cases = new double[full.positiveCount()];
        double[] controls = new double[full.negativeCount()];
        int a = 0;
        int b = 0;
        for (int i = 0; i < score.length; i++) {
            if (positive[i]) {
                cases[a++] = score[i];
            } else {
                controls[b++] = score[i];
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] aucs = new double[replicates];
        double[] rc = new double[cases.length];
        double[] rn = new double[controls.length];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < rc.length; i++) {
                rc[i] = cases[rng.nextInt(rc.length)];
            }
            for (int j = 0; j < rn.length; j++) {
                rn[j] = controls[rng.nextInt(rn.length)];
            }
            aucs[r] = mannWhitneyAuc(rc, rn);
        }
        Arrays.sort(aucs);
        double alpha = (1 - level) / 2;
        return new BootstrapAuc(full.auc(), Calibration.quantileType7(aucs, alpha),
                Calibration.quantileType7(aucs, 1 - alpha), replicates);
    }

    /** AUC of sorted-merge Mann-Whitney form, O((m + n) log(m + n)). */
    static double mannWhitneyAuc(double[] cases, double[] controls) {
        double[] c = cases.clone();
        double[] n = controls.clone();
        Arrays.sort(c);
        Arrays.sort(n);
        double sum = 0;
        int lessStart = 0;
        int lessEnd = 0;
        for (double x : c) {
            while (lessStart < n.length && n[lessStart] < x) {
                lessStart++;
            }
            lessEnd = Math.max(lessEnd, lessStart);
            while (lessEnd < n.length && n[lessEnd] == x) {
                lessEnd++;
            }
            sum += lessStart + 0.5 * (lessEnd - lessStart);
        }
        return sum / ((double) c.length * n.length);
    }
}
