package org.netradiomics.features.ivh;

import java.util.Arrays;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.InvalidInputException;

/**
 * IBSI-1 intensity-volume histogram (section 3.5, tags ivh_*): volume fraction nu_i = 1 - (1/N) sum [X < i] and
 * intensity fraction gamma_i = (i - min G) / (max G - min G), evaluated at every discretised intensity of G.
 */
public final class IntensityVolumeHistogram {
    private final double[] gridIntensity;   // i for each step of G
    private final double[] gamma;
    private final double[] nu;

    public IntensityVolumeHistogram(RoiImage roi, IvhOptions options) { this(roi.intensityValues(), options); }

    public IntensityVolumeHistogram(double[] values, IvhOptions options) {
        if (values.length == 0) throw new InvalidInputException("the region of interest has no voxel; the intensity-volume histogram is undefined");
        double w = options.binWidth();
        double[] x = values.clone();
        double dataMin = Arrays.stream(x).min().getAsDouble(), dataMax = Arrays.stream(x).max().getAsDouble();
        double gMin = Double.isNaN(options.rangeMin()) ? dataMin : options.rangeMin();
        double gMax = Double.isNaN(options.rangeMax()) ? dataMax : options.rangeMax();
        for (int k = 0; k < x.length; k++) x[k] = gMin + w * Math.floor((x[k] - gMin) / w + 1e-9);
        Arrays.sort(x);
        int steps = (int) Math.round((gMax - gMin) / w) + 1;
        gridIntensity = new double[steps];
        gamma = new double[steps];
        nu = new double[steps];
        int below = 0;
        for (int s = 0; s < steps; s++) {
            double i = gMin + s * w;
            while (below < x.length && x[below] < i - 1e-9 * w) below++;
            gridIntensity[s] = i;
            gamma[s] = steps == 1 ? 0 : (i - gMin) / (gMax - gMin);
            nu[s] = 1 - (double) below / x.length;
        }
    }

    /** BC2M ivh_v{x}: the largest volume fraction nu_i with gamma_i >= x (0 if none). */
    public double volumeAtIntensityFraction(double x) {
        double best = 0;
        for (int s = 0; s < nu.length; s++) if (gamma[s] >= x - 1e-12) best = Math.max(best, nu[s]);
        return best;
    }

    /** GBPN ivh_i{x}: the minimum discretised intensity i with nu_i <= x (max G + w if none). */
    public double intensityAtVolumeFraction(double x) {
        for (int s = 0; s < nu.length; s++) if (nu[s] <= x + 1e-12) return gridIntensity[s];
        return gridIntensity[nu.length - 1] + (nu.length > 1 ? gridIntensity[1] - gridIntensity[0] : 1);
    }

    /** DDTU ivh_diff_v10_v90: V10 - V90. */
    public double volumeFractionDifference() { return volumeAtIntensityFraction(0.10) - volumeAtIntensityFraction(0.90); }
    /** CNV2 ivh_diff_i10_i90: I10 - I90. */
    public double intensityDifference() { return intensityAtVolumeFraction(0.10) - intensityAtVolumeFraction(0.90); }

    /** 9CMM ivh_auc: area under nu(gamma) by the trapezoidal rule (not standardised by IBSI). */
    public double areaUnderCurve() {
        double a = 0;
        for (int s = 1; s < nu.length; s++) a += (gamma[s] - gamma[s - 1]) * (nu[s] + nu[s - 1]) / 2;
        return a;
    }

    /** V10, V90, I10, I90, their differences and AUC, keyed by IBSI tag. */
    public FeatureTable ibsiFeatures() {
        return new FeatureTable()
                .put("ivh_v10", volumeAtIntensityFraction(0.10)).put("ivh_v90", volumeAtIntensityFraction(0.90))
                .put("ivh_i10", intensityAtVolumeFraction(0.10)).put("ivh_i90", intensityAtVolumeFraction(0.90))
                .put("ivh_diff_v10_v90", volumeFractionDifference()).put("ivh_diff_i10_i90", intensityDifference())
                .put("ivh_auc", areaUnderCurve());
    }
}
