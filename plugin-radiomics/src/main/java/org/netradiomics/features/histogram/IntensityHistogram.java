package org.netradiomics.features.histogram;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.firstorder.SampleStatistics;
import org.netradiomics.volume.InvalidInputException;

/** IBSI-1 intensity histogram features (section 3.4, tags ih_*) over discretised grey levels 1..Ng. */
public final class IntensityHistogram {
    private final SampleStatistics s;
    private final double[] p;   // p[i] = n_i / N, i = 1..Ng
    private final int ng;

    public IntensityHistogram(DiscretisedImage image) {
        this.ng = image.levelCount();
        int n = 0;
        for (int l : image.levels()) if (l > 0) n++;
        if (n == 0) throw new InvalidInputException("the region of interest has no voxel; the intensity histogram is undefined");
        double[] v = new double[n];
        this.p = new double[ng + 1];
        int k = 0;
        for (int l : image.levels()) if (l > 0) { v[k++] = l; p[l]++; }
        for (int i = 1; i <= ng; i++) p[i] /= n;
        this.s = new SampleStatistics(v);
    }

    /** X6K6 ih_mean: (1/N) sum X_d. */
    public double mean() { return s.mean(); }
    /** CH89 ih_var: (1/N) sum (X_d - mean)^2. */
    public double variance() { return s.centralMoment(2); }
    /** 88K1 ih_skew: m3 / m2^(3/2). */
    public double skewness() { double m2 = variance(); return m2 == 0 ? 0 : s.centralMoment(3) / Math.pow(m2, 1.5); }
    /** C3I7 ih_kurt: m4 / m2^2 - 3. */
    public double excessKurtosis() { double m2 = variance(); return m2 == 0 ? 0 : s.centralMoment(4) / (m2 * m2) - 3; }
    /** WIFQ ih_median: 50th percentile of X_d. */
    public double median() { return s.percentile(50); }
    /** 1PR8 ih_min: min X_d. */
    public double minimum() { return s.min(); }
    /** GPMT ih_p10: 10th percentile of X_d. */
    public double p10() { return s.percentile(10); }
    /** OZ0C ih_p90: 90th percentile of X_d. */
    public double p90() { return s.percentile(90); }
    /** 3NCY ih_max: max X_d. */
    public double maximum() { return s.max(); }
    /** AMMC ih_mode: the most frequent level (the lowest one on ties). */
    public double mode() {
        int best = 1;
        for (int i = 2; i <= ng; i++) if (p[i] > p[best]) best = i;
        return best;
    }
    /** WR0O ih_iqr: P75 - P25. */
    public double interquartileRange() { return s.percentile(75) - s.percentile(25); }
    /** 5Z3W ih_range: max - min. */
    public double range() { return s.max() - s.min(); }
    /** D2ZX ih_mad: (1/N) sum |X_d - mean|. */
    public double meanAbsoluteDeviation() { return s.meanAbsoluteDeviation(s.mean()); }
    /** WRZB ih_rmad: mean absolute deviation of levels in [P10, P90] from their mean. */
    public double robustMeanAbsoluteDeviation() { return s.robustMeanAbsoluteDeviation(); }
    /** 4RNL ih_medad: (1/N) sum |X_d - median|. */
    public double medianAbsoluteDeviation() { return s.meanAbsoluteDeviation(median()); }
    /** CWYJ ih_cov: sqrt(var) / mean. */
    public double coefficientOfVariation() { return Math.sqrt(variance()) / mean(); }
    /** SLWD ih_qcod: (P75 - P25) / (P75 + P25). */
    public double quartileCoefficientOfDispersion() {
        double a = s.percentile(75), b = s.percentile(25);
        return (a - b) / (a + b);
    }
    /** TLU2 ih_entropy: -sum p_i log2 p_i. */
    public double entropy() {
        double e = 0;
        for (int i = 1; i <= ng; i++) if (p[i] > 0) e -= p[i] * Math.log(p[i]) / Math.log(2);
        return e;
    }
    /** BJ5W ih_uniformity: sum p_i^2. */
    public double uniformity() {
        double u = 0;
        for (int i = 1; i <= ng; i++) u += p[i] * p[i];
        return u;
    }

    /**
     * Histogram gradient H'(i) of the counts n_i: (n_2 - n_1) at i = 1, (n_{i+1} - n_{i-1}) / 2 inside,
     * (n_Ng - n_{Ng-1}) at i = Ng; 0 when Ng = 1.
     */
    private double gradient(int i) {
        double n = s.count();
        if (ng == 1) return 0;
        if (i == 1) return (p[2] - p[1]) * n;
        if (i == ng) return (p[ng] - p[ng - 1]) * n;
        return (p[i + 1] - p[i - 1]) * n / 2;
    }

    private int argGradient(boolean max) {
        int best = 1;
        for (int i = 2; i <= ng; i++) {
            double g = gradient(i), b = gradient(best);
            if (max ? g > b : g < b) best = i;
        }
        return best;
    }

    /** 12CE ih_max_grad: max H'(i). */
    public double maximumGradient() { return gradient(argGradient(true)); }
    /** 8E6O ih_max_grad_g: level i of the maximum gradient. */
    public double maximumGradientLevel() { return argGradient(true); }
    /** VQB3 ih_min_grad: min H'(i). */
    public double minimumGradient() { return gradient(argGradient(false)); }
    /** RHQZ ih_min_grad_g: level i of the minimum gradient. */
    public double minimumGradientLevel() { return argGradient(false); }

    /** All 23 features keyed by IBSI tag. */
    public FeatureTable ibsiFeatures() {
        return new FeatureTable()
                .put("ih_mean", mean()).put("ih_var", variance()).put("ih_skew", skewness())
                .put("ih_kurt", excessKurtosis()).put("ih_median", median()).put("ih_min", minimum())
                .put("ih_p10", p10()).put("ih_p90", p90()).put("ih_max", maximum()).put("ih_mode", mode())
                .put("ih_iqr", interquartileRange()).put("ih_range", range())
                .put("ih_mad", meanAbsoluteDeviation()).put("ih_rmad", robustMeanAbsoluteDeviation())
                .put("ih_medad", medianAbsoluteDeviation()).put("ih_cov", coefficientOfVariation())
                .put("ih_qcod", quartileCoefficientOfDispersion()).put("ih_entropy", entropy())
                .put("ih_uniformity", uniformity()).put("ih_max_grad", maximumGradient())
                .put("ih_max_grad_g", maximumGradientLevel()).put("ih_min_grad", minimumGradient())
                .put("ih_min_grad_g", minimumGradientLevel());
    }
}
