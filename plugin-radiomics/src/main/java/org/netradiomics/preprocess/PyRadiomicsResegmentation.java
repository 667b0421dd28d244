package org.netradiomics.preprocess;

import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * PyRadiomics 3.1 re-segmentation (settings resegmentRange, resegmentMode, resegmentShape): the range is given
 * as {lower} or {lower, upper} and read in one of three modes.
 */
public final class PyRadiomicsResegmentation {
    /** How resegmentRange values are read. */
    public enum Mode {
        /** Thresholds are intensities. */
        ABSOLUTE,
        /** Thresholds are fractions of the ROI maximum intensity. */
        RELATIVE,
        /** Thresholds are mean + value x SD (population) of the ROI intensities. */
        SIGMA
    }

    private PyRadiomicsResegmentation() {
    }

    /** The intensity mask after re-segmentation; with resegmentShape the caller uses it as the morphological mask too. */
    public static Mask resegment(Volume image, Mask mask, double[] range, Mode mode) {
        if (range == null || range.length < 1 || range.length > 2) {
            throw new InvalidInputException("resegmentRange must hold 1 or 2 values (lower[, upper])");
        }
        Resegmentation.checkGrid(image, mask);
        double[] t = new double[2];
        t[1] = Double.NaN;
        float[] v = image.voxels();
        boolean[] in = mask.inside();
        double sum = 0, max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                sum += v[i];
                max = Math.max(max, v[i]);
                n++;
            }
        }
        if (n == 0) throw new InvalidInputException("mask is empty; nothing to re-segment");
        double mean = sum / n, ss = 0;
        for (int i = 0; i < in.length; i++) if (in[i]) ss += (v[i] - mean) * (v[i] - mean);
        double sd = Math.sqrt(ss / n);
        for (int k = 0; k < range.length; k++) {
            t[k] = switch (mode) {
                case ABSOLUTE -> range[k];
                case RELATIVE -> range[k] * max;
                case SIGMA -> mean + range[k] * sd;
            };
        }
        Mask out = Resegmentation.range(image, mask, t[0], t[1]);
        if (out.count() == 0) {
            throw new InvalidInputException("re-segmentation to [" + t[0] + ", " + t[1] + "] removed every voxel of the mask");
        }
        return out;
    }
}
