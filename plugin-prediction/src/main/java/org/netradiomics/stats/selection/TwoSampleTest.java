package org.netradiomics.stats.selection;

import java.util.Arrays;

import org.netradiomics.stats.Distributions;
import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Two-sided two-sample location tests of a feature between two groups.
 *
 * @param statistic the test statistic (Welch t, or Wilcoxon W = rank sum of x − n_x(n_x + 1)/2)
 * @param degreesOfFreedom Welch-Satterthwaite df (NaN for Wilcoxon)
 * @param p         two-sided p-value
 * @param exact     whether the p-value is exact (Wilcoxon without ties and both groups &lt; 50)
 */
public record TwoSampleTest(double statistic, double degreesOfFreedom, double p, boolean exact) {

    /**
     * Welch's t-test, {@code t.test(x, y)}: t = (mean x − mean y)/sqrt(s²x/nx + s²y/ny), Welch-Satterthwaite df.
     */
    public static TwoSampleTest welch(double[] x, double[] y) {
        check(x, y, 2);
        double mx = mean(x);
        double my = mean(y);
        double vx = variance(x, mx) / x.length;
        double vy = variance(y, my) / y.length;
        double se2 = vx + vy;
        if (!(se2 > 0)) {
            throw new InvalidInputException("both groups are constant; the t-test is undefined");
        }
        double t = (mx - my) / Math.sqrt(se2);
        double df = se2 * se2 / (vx * vx / (x.length - 1) + vy * vy / (y.length - 1));
        return new TwoSampleTest(t, df, Distributions.twoSidedStudentP(t, df), true);
    }

    /**
     * Wilcoxon rank-sum (Mann-Whitney) test, {@code wilcox.test(x, y)} with its defaults: the exact null
     * distribution when both groups have fewer than 50 values and there are no ties; otherwise the normal
     * approximation with continuity correction and tie-corrected variance,
     * z = (W − n_x n_y/2 − ½ sign) / sqrt(n_x n_y/12 · (N + 1 − Σ(t³ − t)/(N(N − 1)))).
     */
    public static TwoSampleTest wilcoxon(double[] x, double[] y) {
        check(x, y, 1);
        int nx = x.length;
        int ny = y.length;
        int nAll = nx + ny;
        double[] all = new double[nAll];
        System.arraycopy(x, 0, all, 0, nx);
        System.arraycopy(y, 0, all, nx, ny);
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        double rankSum = 0;
        for (double v : x) {
            int lo = lowerBound(sorted, v);
            int hi = upperBound(sorted, v);
            rankSum += (lo + 1 + hi) / 2.0;
        }
        double w = rankSum - nx * (nx + 1) / 2.0;
        double tieSum = 0;
        boolean ties = false;
        for (int i = 0; i < nAll;) {
            int j = upperBound(sorted, sorted[i]);
            double t = j - i;
            if (t > 1) {
                ties = true;
                tieSum += t * t * t - t;
            }
            i = j;
        }
        if (nx < 50 && ny < 50 && !ties) {
            double[] cdf = exactCdf(nx, ny);
            int wi = (int) Math.round(w);
            double p = w > nx * ny / 2.0 ? 1 - cdf[wi - 1] : cdf[wi];
            return new TwoSampleTest(w, Double.NaN, Math.min(1, 2 * p), true);
        }
        double z = w - nx * ny / 2.0;
        double sigma = Math.sqrt(nx * (double) ny / 12 * ((nAll + 1) - tieSum / ((double) nAll * (nAll - 1))));
        if (!(sigma > 0)) {
            throw new InvalidInputException("all values are tied; the Wilcoxon test is undefined");
        }
        z = (z - Math.signum(z) * 0.5) / sigma;
        return new TwoSampleTest(w, Double.NaN, Distributions.twoSidedNormalP(z), false);
    }

    /** P(W ≤ w) for w = 0..nx·ny under the null, by counting rank configurations (R's {@code pwilcox}). */
    private static double[] exactCdf(int nx, int ny) {
        int max = nx * ny;
        // counts[i][j][w]: number of ways with i x-values and j y-values giving W = w; rolled over j
        double[][] prev = new double[nx + 1][];
        for (int i = 0; i <= nx; i++) {
            prev[i] = new double[] {1};
        }
        for (int j = 1; j <= ny; j++) {
            double[][] cur = new double[nx + 1][];
            cur[0] = new double[] {1};
            for (int i = 1; i <= nx; i++) {
                cur[i] = new double[i * j + 1];
                double[] withX = cur[i - 1];
                double[] withY = prev[i];
                for (int v = 0; v < cur[i].length; v++) {
                    double a = v - j >= 0 && v - j < withX.length ? withX[v - j] : 0;
                    double b = v < withY.length ? withY[v] : 0;
                    cur[i][v] = a + b;
                }
            }
            prev = cur;
        }
        double[] counts = prev[nx];
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] cdf = new double[max + 1];
        double acc = 0;
        for (int v = 0; v <= max; v++) {
            acc += counts[v];
            cdf[v] = acc / total;
        }
        return cdf;
    }

    private static void check(double[] x, double[] y, int min) {
        InputChecks.requireFinite("first group value", x);
        InputChecks.requireFinite("second group value", y);
        if (x.length < min || y.length < min) {
            throw new InvalidInputException("each group needs at least " + min + " value(s); got " + x.length
                    + " and " + y.length);
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double variance(double[] v, double m) {
        double s = 0;
        for (double d : v) {
            s += (d - m) * (d - m);
        }
        return s / (v.length - 1);
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
