package org.netradiomics.features.firstorder;

import java.util.Arrays;
import org.netradiomics.volume.InvalidInputException;

/** Sorted sample with the moments and percentiles shared by the intensity statistics and intensity histogram. */
public final class SampleStatistics {
    private final double[] sorted;
    private final double mean;

    /** @param values the sample (not modified); must not be empty */
    public SampleStatistics(double[] values) {
        if (values.length == 0) {
            throw new InvalidInputException("the region of interest has no voxel; intensity statistics are undefined");
        }
        this.sorted = values.clone();
        Arrays.sort(sorted);
        double s = 0;
        for (double v : sorted) s += v;
        this.mean = s / sorted.length;
    }

    public int count() { return sorted.length; }
    public double mean() { return mean; }
    public double min() { return sorted[0]; }
    public double max() { return sorted[sorted.length - 1]; }

    /** Central moment of order {@code p}: (1/N) sum (x - mean)^p. */
    public double centralMoment(int p) {
        double s = 0;
        for (double v : sorted) s += Math.pow(v - mean, p);
        return s / sorted.length;
    }

    /**
     * Percentile {@code q} in [0, 100] with linear interpolation between order statistics at position
     * (N - 1) q / 100 (numpy's default, used by PyRadiomics; IBSI does not fix an interpolation rule).
     */
    public double percentile(double q) {
        double pos = (sorted.length - 1) * q / 100.0;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Mean absolute deviation from a centre c: (1/N) sum |x - c|. */
    public double meanAbsoluteDeviation(double centre) {
        double s = 0;
        for (double v : sorted) s += Math.abs(v - centre);
        return s / sorted.length;
    }

    /** Mean absolute deviation from their own mean of the values within [p10, p90] (inclusive). */
    public double robustMeanAbsoluteDeviation() {
        double lo = percentile(10), hi = percentile(90);
        double s = 0;
        int n = 0;
        for (double v : sorted) if (v >= lo && v <= hi) { s += v; n++; }
        double m = s / n;
        double d = 0;
        for (double v : sorted) if (v >= lo && v <= hi) d += Math.abs(v - m);
        return d / n;
    }

    /** Sum of squares with a shift: sum (x + shift)^2. */
    public double energy(double shift) {
        double s = 0;
        for (double v : sorted) s += (v + shift) * (v + shift);
        return s;
    }

    /** Values in ascending order. Not a copy. */
    double[] sorted() { return sorted; }
}
