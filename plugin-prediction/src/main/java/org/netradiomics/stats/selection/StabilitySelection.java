package org.netradiomics.stats.selection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.netradiomics.stats.glmnet.GlmnetOptions;
import org.netradiomics.stats.glmnet.GlmnetPath;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.volume.InvalidInputException;

/**
 * Bootstrap-LASSO stability selection (as the surufatinib study): the binomial LASSO at a fixed lambda is refitted on
 * B bootstrap resamples of the cohort; a feature's selection frequency is the fraction of resamples in which its
 * coefficient is non-zero; the most frequent features are kept. Choose lambda beforehand (e.g. {@code lambda.min}
 * of {@code CrossValidatedGlmnet} on the whole training set).
 */
public final class StabilitySelection {
    private StabilitySelection() {}

    /** Selection frequency of every feature over {@code resamples} bootstrap samples drawn with {@code seed}. */
    public static double[] frequencies(double[][] x, boolean[] positive, double lambda, int resamples, long seed) {
        if (resamples < 1) {
            throw new InvalidInputException("stability selection needs at least 1 bootstrap resample, got " + resamples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] samples = new int[resamples][];
        for (int b = 0; b < resamples; b++) {
            samples[b] = StratifiedSplit.bootstrap(positive.length, random);
        }
        return frequencies(x, positive, lambda, samples);
    }

    /** Selection frequency over the given resamples (row indices, repeats allowed). */
    public static double[] frequencies(double[][] x, boolean[] positive, double lambda, int[][] samples) {
        if (!(lambda > 0)) {
            throw new InvalidInputException("LASSO lambda must be positive, got " + lambda);
        }
        int p = x[0].length;
        double[] freq = new double[p];
        GlmnetOptions options = GlmnetOptions.lasso().withLambda(new double[] {lambda});
        for (int[] idx : samples) {
            double[][] xb = new double[idx.length][];
            boolean[] yb = new boolean[idx.length];
            for (int i = 0; i < idx.length; i++) {
                xb[i] = x[idx[i]];
                yb[i] = positive[idx[i]];
            }
            double[] beta = GlmnetPath.fitBinomial(xb, yb, options).coefficients(0).beta();
            for (int j = 0; j < p; j++) {
                if (beta[j] != 0) {
                    freq[j] += 1.0 / samples.length;
                }
            }
        }
        return freq;
    }

    /** Indices of the {@code top} most frequently selected features (ties: lower index first). */
    public static int[] top(double[] frequencies, int top) {
        if (top < 1 || top > frequencies.length) {
            throw new InvalidInputException("asked for the top " + top + " of " + frequencies.length + " features");
        }
        Integer[] order = IntStream.range(0, frequencies.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -frequencies[j]).thenComparingInt(j -> j));
        return Arrays.stream(order).limit(top).mapToInt(Integer::intValue).toArray();
    }
}
