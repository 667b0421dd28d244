package org.netradiomics.preprocess;

import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** Intensity re-segmentation of a mask (IBSI 2.5): range and outlier filtering. */
public final class Resegmentation {
    private Resegmentation() {
    }

    /** Keeps mask voxels with lower <= I <= upper; pass NaN for an open bound. */
    public static Mask range(Volume image, Mask mask, double lower, double upper) {
        checkGrid(image, mask);
        if (!Double.isNaN(lower) && !Double.isNaN(upper) && lower > upper) {
            throw new InvalidInputException("re-segmentation range is empty: lower bound " + lower + " > upper bound " + upper);
        }
        float[] v = image.voxels();
        boolean[] in = mask.inside();
        boolean[] out = new boolean[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] && (Double.isNaN(lower) || v[i] >= lower) && (Double.isNaN(upper) || v[i] <= upper);
        }
        return new Mask(mask.geometry(), out);
    }

    /** Outlier filtering: keeps voxels within mean ± k·SD (population SD) of the ROI intensities; IBSI uses k = 3. */
    public static Mask outliers(Volume image, Mask mask, double k) {
        checkGrid(image, mask);
        float[] v = image.voxels();
        boolean[] in = mask.inside();
        double sum = 0, sum2 = 0;
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                sum += v[i];
                n++;
            }
        }
        if (n == 0) throw new InvalidInputException("mask is empty; nothing to re-segment");
        double mean = sum / n;
        for (int i = 0; i < in.length; i++) if (in[i]) sum2 += (v[i] - mean) * (v[i] - mean);
        double sd = Math.sqrt(sum2 / n);
        return range(image, mask, mean - k * sd, mean + k * sd);
    }

    static void checkGrid(Volume image, Mask mask) {
        if (!image.geometry().sameGrid(mask.geometry(), 1e-4)) {
            throw new InvalidInputException("mask grid differs from image grid: " + mask.geometry().describeDifference(image.geometry()));
        }
    }
}
