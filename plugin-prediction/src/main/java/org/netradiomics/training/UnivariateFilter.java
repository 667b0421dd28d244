package org.netradiomics.training;

import java.util.ArrayList;
import java.util.List;

import org.netradiomics.stats.selection.MultipleTesting;
import org.netradiomics.stats.selection.TwoSampleTest;

/**
 * Univariable screening of features between outcome groups: a two-sample test per feature (Welch t-test or
 * Mann-Whitney U), Benjamini-Hochberg adjustment, features with adjusted p below the level kept. (The LNM paper
 * used "Student's t-test or Mann-Whitney U test" without stating the rule that chose between them; the choice is
 * therefore a setting.)
 */
public final class UnivariateFilter {
    private UnivariateFilter() {}

    /** The two-sample test used for every feature. */
    public enum Test { WELCH_T, MANN_WHITNEY }

    /** Indices of the columns of {@code x} whose BH-adjusted p-value is below {@code level}. */
    public static int[] keep(double[][] x, boolean[] positive, Test test, double level) {
        int p = x[0].length;
        double[] pv = new double[p];
        for (int j = 0; j < p; j++) {
            List<Double> pos = new ArrayList<>();
            List<Double> neg = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                (positive[i] ? pos : neg).add(x[i][j]);
            }
            double[] a = pos.stream().mapToDouble(Double::doubleValue).toArray();
            double[] b = neg.stream().mapToDouble(Double::doubleValue).toArray();
            pv[j] = (test == Test.WELCH_T ? TwoSampleTest.welch(a, b) : TwoSampleTest.wilcoxon(a, b)).p();
        }
        double[] q = MultipleTesting.benjaminiHochberg(pv);
        return java.util.stream.IntStream.range(0, p).filter(j -> q[j] < level).toArray();
    }
}
