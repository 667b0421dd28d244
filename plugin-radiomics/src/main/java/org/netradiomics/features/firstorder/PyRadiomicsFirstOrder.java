package org.netradiomics.features.firstorder;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;

/**
 * PyRadiomics 3.1 first-order features (firstorder_*): intensity statistics with PyRadiomics semantics
 * (voxelArrayShift added for energy/RMS, kurtosis not excess, numpy linear percentiles, entropy and uniformity on the
 * discretised levels with eps = 2.2e-16).
 */
public final class PyRadiomicsFirstOrder {
    /** numpy's float64 machine epsilon, added inside the logarithm as PyRadiomics does. */
    static final double EPS = Math.ulp(1.0);

    private final SampleStatistics s;
    private final DiscretisedImage levels;
    private final double voxelVolume;
    private final double shift;

    /**
     * @param roi             intensities and intensity mask
     * @param levels          discretised grey levels (for entropy and uniformity)
     * @param voxelArrayShift PyRadiomics voxelArrayShift (0 by default; 1000 for CT in many parameter files)
     */
    public PyRadiomicsFirstOrder(RoiImage roi, DiscretisedImage levels, double voxelArrayShift) {
        this.s = new SampleStatistics(roi.intensityValues());
        this.levels = levels;
        this.voxelVolume = roi.geometry().voxelVolume();
        this.shift = voxelArrayShift;
    }

    /** firstorder_Energy: sum (x + c)^2. */
    public double energy() { return s.energy(shift); }
    /** firstorder_TotalEnergy: V_voxel * sum (x + c)^2. */
    public double totalEnergy() { return voxelVolume * energy(); }
    /** firstorder_RootMeanSquared: sqrt(sum (x + c)^2 / N). */
    public double rootMeanSquared() { return Math.sqrt(energy() / s.count()); }
    /** firstorder_Kurtosis: m4 / m2^2 (not excess); 0 when the variance is 0. */
    public double kurtosis() { double m2 = s.centralMoment(2); return m2 == 0 ? 0 : s.centralMoment(4) / (m2 * m2); }
    /** firstorder_Skewness: m3 / m2^(3/2); 0 when the variance is 0. */
    public double skewness() { double m2 = s.centralMoment(2); return m2 == 0 ? 0 : s.centralMoment(3) / Math.pow(m2, 1.5); }

    /** Level probabilities p(i) = n_i / N over the discretised levels 1..Ng. */
    private double[] levelProbabilities() {
        double[] p = new double[levels.levelCount() + 1];
        int n = 0;
        for (int l : levels.levels()) if (l > 0) { p[l]++; n++; }
        for (int i = 0; i < p.length; i++) p[i] /= n;
        return p;
    }

    /** firstorder_Entropy: -sum p(i) log2(p(i) + eps). */
    public double entropy() {
        double e = 0;
        for (double p : levelProbabilities()) if (p > 0) e -= p * Math.log(p + EPS) / Math.log(2);
        return e;
    }

    /** firstorder_Uniformity: sum p(i)^2. */
    public double uniformity() {
        double u = 0;
        for (double p : levelProbabilities()) u += p * p;
        return u;
    }

    /** All 19 features keyed by PyRadiomics name. */
    public FeatureTable pyradiomicsFeatures() {
        double m2 = s.centralMoment(2);
        return new FeatureTable()
                .put("firstorder_Energy", energy()).put("firstorder_TotalEnergy", totalEnergy())
                .put("firstorder_Entropy", entropy()).put("firstorder_Minimum", s.min())
                .put("firstorder_10Percentile", s.percentile(10)).put("firstorder_90Percentile", s.percentile(90))
                .put("firstorder_Maximum", s.max()).put("firstorder_Mean", s.mean())
                .put("firstorder_Median", s.percentile(50))
                .put("firstorder_InterquartileRange", s.percentile(75) - s.percentile(25))
                .put("firstorder_Range", s.max() - s.min())
                .put("firstorder_MeanAbsoluteDeviation", s.meanAbsoluteDeviation(s.mean()))
                .put("firstorder_RobustMeanAbsoluteDeviation", s.robustMeanAbsoluteDeviation())
                .put("firstorder_RootMeanSquared", rootMeanSquared())
                .put("firstorder_StandardDeviation", Math.sqrt(m2)).put("firstorder_Skewness", skewness())
                .put("firstorder_Kurtosis", kurtosis()).put("firstorder_Variance", m2)
                .put("firstorder_Uniformity", uniformity());
    }
}
