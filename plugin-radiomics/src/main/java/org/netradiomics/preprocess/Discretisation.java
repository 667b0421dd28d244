package org.netradiomics.preprocess;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.InvalidInputException;

/** Intensity discretisation of an ROI (IBSI 2.7) in the IBSI and PyRadiomics conventions. */
public final class Discretisation {
    private Discretisation() {
    }

    /**
     * IBSI fixed bin number: X_d = floor(N_g (X - X_min) / (X_max - X_min)) + 1, with X = X_max mapped to N_g.
     * N_g = {@code bins}.
     */
    public static DiscretisedImage fixedBinNumber(RoiImage roi, int bins) {
        if (bins < 1) throw new InvalidInputException("number of bins must be >= 1; got " + bins);
        double[] mm = minMax(roi);
        double range = mm[1] - mm[0];
        int[] levels = map(roi, x -> range == 0 ? 1 : Math.min(bins, (int) Math.floor(bins * (x - mm[0]) / range) + 1));
        return new DiscretisedImage(roi.geometry(), levels, bins);
    }

    /**
     * IBSI fixed bin size: X_d = floor((X - X_b) / w_b) + 1 with X_b the lower re-segmentation bound (or the ROI
     * minimum if the range is open). N_g = the highest level in the ROI.
     */
    public static DiscretisedImage fixedBinSize(RoiImage roi, double binWidth, double lowerBound) {
        checkWidth(binWidth);
        double low = Double.isNaN(lowerBound) ? minMax(roi)[0] : lowerBound;
        int[] levels = map(roi, x -> (int) Math.floor((x - low) / binWidth) + 1);
        return new DiscretisedImage(roi.geometry(), levels, maxLevel(levels));
    }

    /**
     * PyRadiomics binWidth: edges start at floor(min / w) * w (min - min mod w) and extend past the maximum, so
     * level = floor((X - low) / w) + 1; N_g = the highest level present.
     */
    public static DiscretisedImage pyradiomicsBinWidth(RoiImage roi, double binWidth) {
        checkWidth(binWidth);
        double low = Math.floor(minMax(roi)[0] / binWidth) * binWidth;
        int[] levels = map(roi, x -> (int) Math.floor((x - low) / binWidth) + 1);
        return new DiscretisedImage(roi.geometry(), levels, maxLevel(levels));
    }

    /** PyRadiomics binCount: equal-width bins over [min, max], the top edge widened so max falls in the last bin. */
    public static DiscretisedImage pyradiomicsBinCount(RoiImage roi, int bins) {
        DiscretisedImage d = fixedBinNumber(roi, bins);
        return new DiscretisedImage(d.geometry(), d.levels(), maxLevel(d.levels()));
    }

    private interface LevelFunction {
        int level(double x);
    }

    private static int[] map(RoiImage roi, LevelFunction f) {
        float[] v = roi.intensities();
        boolean[] in = roi.intensityMask();
        int[] levels = new int[v.length];
        for (int i = 0; i < v.length; i++) if (in[i]) levels[i] = f.level(v[i]);
        return levels;
    }

    private static int maxLevel(int[] levels) {
        int m = 0;
        for (int l : levels) m = Math.max(m, l);
        return m;
    }

    private static double[] minMax(RoiImage roi) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        float[] v = roi.intensities();
        boolean[] in = roi.intensityMask();
        for (int i = 0; i < v.length; i++) {
            if (in[i]) {
                min = Math.min(min, v[i]);
                max = Math.max(max, v[i]);
            }
        }
        if (min > max) throw new InvalidInputException("ROI has no voxel after re-segmentation; cannot discretise");
        return new double[] {min, max};
    }

    private static void checkWidth(double w) {
        if (!(w > 0)) throw new InvalidInputException("bin width must be > 0; got " + w);
    }
}
