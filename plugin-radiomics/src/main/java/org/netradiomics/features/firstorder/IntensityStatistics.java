package org.netradiomics.features.firstorder;

import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;

/** IBSI-1 intensity-based statistical features (section 3.3, tags stat_*) over the intensity mask. */
public final class IntensityStatistics {
    private final SampleStatistics s;

    public IntensityStatistics(RoiImage roi) { this(roi.intensityValues()); }

    public IntensityStatistics(double[] values) { this.s = new SampleStatistics(values); }

    /** Q4LE stat_mean: (1/N) sum x. */
    public double mean() { return s.mean(); }
    /** ECT3 stat_var: (1/N) sum (x - mean)^2. */
    public double variance() { return s.centralMoment(2); }
    /** KE2A stat_skew: m3 / m2^(3/2); 0 when the variance is 0. */
    public double skewness() { double m2 = s.centralMoment(2); return m2 == 0 ? 0 : s.centralMoment(3) / Math.pow(m2, 1.5); }
    /** IPH6 stat_kurt: m4 / m2^2 - 3 (excess kurtosis); 0 when the variance is 0. */
    public double excessKurtosis() { double m2 = s.centralMoment(2); return m2 == 0 ? 0 : s.centralMoment(4) / (m2 * m2) - 3; }
    /** Y12H stat_median: 50th percentile. */
    public double median() { return s.percentile(50); }
    /** 1GSF stat_min: min x. */
    public double minimum() { return s.min(); }
    /** QG58 stat_p10: 10th percentile (linear interpolation). */
    public double p10() { return s.percentile(10); }
    /** 8DWT stat_p90: 90th percentile (linear interpolation). */
    public double p90() { return s.percentile(90); }
    /** 84IY stat_max: max x. */
    public double maximum() { return s.max(); }
    /** SALO stat_iqr: P75 - P25. */
    public double interquartileRange() { return s.percentile(75) - s.percentile(25); }
    /** 2OJQ stat_range: max - min. */
    public double range() { return s.max() - s.min(); }
    /** 4FUA stat_mad: (1/N) sum |x - mean|. */
    public double meanAbsoluteDeviation() { return s.meanAbsoluteDeviation(s.mean()); }
    /** 1128 stat_rmad: mean absolute deviation from their mean of the values in [P10, P90]. */
    public double robustMeanAbsoluteDeviation() { return s.robustMeanAbsoluteDeviation(); }
    /** N72L stat_medad: (1/N) sum |x - median|. */
    public double medianAbsoluteDeviation() { return s.meanAbsoluteDeviation(median()); }
    /** 7TET stat_cov: sqrt(var) / mean. */
    public double coefficientOfVariation() { return Math.sqrt(variance()) / mean(); }
    /** 9S40 stat_qcod: (P75 - P25) / (P75 + P25). */
    public double quartileCoefficientOfDispersion() {
        double a = s.percentile(75), b = s.percentile(25);
        return (a - b) / (a + b);
    }
    /** N8CA stat_energy: sum x^2. */
    public double energy() { return s.energy(0); }
    /** 5ZWQ stat_rms: sqrt(sum x^2 / N). */
    public double rootMeanSquare() { return Math.sqrt(energy() / s.count()); }

    /** All 18 features keyed by IBSI tag. */
    public FeatureTable ibsiFeatures() {
        return new FeatureTable()
                .put("stat_mean", mean()).put("stat_var", variance()).put("stat_skew", skewness())
                .put("stat_kurt", excessKurtosis()).put("stat_median", median()).put("stat_min", minimum())
                .put("stat_p10", p10()).put("stat_p90", p90()).put("stat_max", maximum())
                .put("stat_iqr", interquartileRange()).put("stat_range", range())
                .put("stat_mad", meanAbsoluteDeviation()).put("stat_rmad", robustMeanAbsoluteDeviation())
                .put("stat_medad", medianAbsoluteDeviation()).put("stat_cov", coefficientOfVariation())
                .put("stat_qcod", quartileCoefficientOfDispersion()).put("stat_energy", energy())
                .put("stat_rms", rootMeanSquare());
    }
}
