package org.netradiomics.deep;

import org.netradiomics.deep.DeepFeatureSettings.CropMode;
import org.netradiomics.deep.DeepFeatureSettings.Interpolation;
import org.netradiomics.deep.DeepFeatureSettings.Normalisation;
import org.netradiomics.deep.DeepFeatureSettings.SliceChoice;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * Makes the 2D network input of one lesion from a CT volume (HU) and the lesion's mask, as {@link DeepFeatureSettings}
 * say. Pure Java (no ONNX). The steps, on axial slice k (a plane of constant k; i = column, j = row):
 * <ol>
 * <li>slice: the k where the mask has most voxels (lowest k on ties), or the given index;</li>
 * <li>window: {@code w = clamp((HU - (level - width/2)) / width, 0, 1)} on every pixel of the slice;</li>
 * <li>mask: with {@code maskOutside}, {@code w = 0} on pixels outside the mask;</li>
 * <li>crop: a square of side S mm centred on the centre of the mask's bounding box in that slice
 * ({@code ((imin + imax) / 2, (jmin + jmax) / 2)}); S = the larger bounding-box side in mm
 * ({@code (imax - imin + 1) * spacing_i}, resp. j) plus the margin on both sides, or the fixed side;</li>
 * <li>resample: output pixel (r, q) of H x W samples the slice at its centre, at
 * {@code i = ci + ((q + 0.5) S / W - S / 2) / spacing_i}, {@code j = cj + ((r + 0.5) S / H - S / 2) / spacing_j}
 * (pixel centres at whole indices, as half-pixel image resizing does), bilinearly from the four surrounding pixels,
 * bicubically from the 4 x 4 (Keys' cubic convolution, a = -0.5: weights
 * {@code W(x) = 1.5|x|^3 - 2.5|x|^2 + 1} for |x| <= 1, {@code -0.5|x|^3 + 2.5|x|^2 - 4|x| + 2} for 1 < |x| < 2), or
 * from the nearest; pixels beyond the image count as 0 (the window's minimum);</li>
 * <li>channels: the grey values are replicated over C = 1 or 3 channels;</li>
 * <li>normalise: none; z-score over the H x W values (population SD; a constant crop becomes all 0); or
 * {@code (x - mean[c]) / std[c]}.</li>
 * </ol>
 * Arithmetic is in double, stored as float.
 */
public final class SliceCrop {
    private SliceCrop() {}

    /**
     * The network input for the lesion.
     *
     * @throws InvalidInputException if image and mask grids differ, the mask is empty, or the chosen slice is outside
     *                               the image or holds no mask voxel
     */
    public static SliceTensor of(Volume image, Mask lesion, DeepFeatureSettings s) {
        Geometry g = image.geometry();
        if (!g.sameGrid(lesion.geometry(), 1e-4)) {
            throw new InvalidInputException("the lesion mask is not on the image's grid: "
                    + g.describeDifference(lesion.geometry()));
        }
        int k = slice(lesion, s);
        int[] box = sliceBox(lesion, k);
        double ci = (box[0] + box[2]) / 2.0;
        double cj = (box[1] + box[3]) / 2.0;
        double si = g.spacing(0), sj = g.spacing(1);
        double side = s.crop() == CropMode.FIXED ? s.cropMm()
                : Math.max((box[2] - box[0] + 1) * si, (box[3] - box[1] + 1) * sj) + 2 * s.cropMm();
        double[] plane = windowedSlice(image, lesion, k, s);
        int h = s.outputHeight(), w = s.outputWidth();
        double[] grey = new double[h * w];
        for (int r = 0; r < h; r++) {
            double j = cj + ((r + 0.5) * side / h - side / 2) / sj;
            for (int q = 0; q < w; q++) {
                double i = ci + ((q + 0.5) * side / w - side / 2) / si;
                grey[r * w + q] = switch (s.interpolation()) {
                    case BILINEAR -> bilinear(plane, g, i, j);
                    case BICUBIC -> bicubic(plane, g, i, j);
                    case NEAREST -> pixel(plane, g, (int) Math.floor(i + 0.5), (int) Math.floor(j + 0.5));
                };
            }
        }
        return new SliceTensor(normalise(grey, s), s.inputShape(), k, ci, cj, side);
    }

    /** The axial slice index the settings choose for this lesion. */
    public static int slice(Mask lesion, DeepFeatureSettings s) {
        Geometry g = lesion.geometry();
        int nx = g.nx(), ny = g.ny(), nz = g.nz();
        boolean[] in = lesion.inside();
        int[] area = new int[nz];
        for (int idx = 0; idx < in.length; idx++) {
            if (in[idx]) {
                area[idx / (nx * ny)]++;
            }
        }
        if (s.slice() == SliceChoice.INDEX) {
            int k = s.sliceIndex();
            if (k >= nz) {
                throw new InvalidInputException("slice index " + k + " is outside the image (slices 0 to " + (nz - 1)
                        + ")");
            }
            if (area[k] == 0) {
                throw new InvalidInputException("the lesion mask has no voxel in slice " + k + "; " + slicesOf(area));
            }
            return k;
        }
        int best = -1;
        for (int k = 0; k < nz; k++) {
            if (area[k] > 0 && (best < 0 || area[k] > area[best])) {
                best = k;
            }
        }
        if (best < 0) {
            throw new InvalidInputException("the lesion mask is empty: no slice to crop");
        }
        return best;
    }

    private static String slicesOf(int[] area) {
        int lo = -1, hi = -1;
        for (int k = 0; k < area.length; k++) {
            if (area[k] > 0) {
                if (lo < 0) lo = k;
                hi = k;
            }
        }
        return lo < 0 ? "the mask is empty" : "the lesion lies in slices " + lo + " to " + hi;
    }

    /** {imin, jmin, imax, jmax} of the mask in slice k (inclusive). */
    private static int[] sliceBox(Mask lesion, int k) {
        Geometry g = lesion.geometry();
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                if (lesion.get(i, j, k)) {
                    b[0] = Math.min(b[0], i);
                    b[1] = Math.min(b[1], j);
                    b[2] = Math.max(b[2], i);
                    b[3] = Math.max(b[3], j);
                }
            }
        }
        return b;
    }

    /** Slice k windowed to 0..1, and set to 0 outside the mask if asked; index i + nx * j. */
    private static double[] windowedSlice(Volume image, Mask lesion, int k, DeepFeatureSettings s) {
        Geometry g = image.geometry();
        double low = s.windowLevel() - s.windowWidth() / 2;
        double[] out = new double[g.nx() * g.ny()];
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                double w = (image.get(i, j, k) - low) / s.windowWidth();
                w = Math.min(1, Math.max(0, w));
                out[i + g.nx() * j] = s.maskOutside() && !lesion.get(i, j, k) ? 0 : w;
            }
        }
        return out;
    }

    private static double bilinear(double[] plane, Geometry g, double i, double j) {
        int i0 = (int) Math.floor(i), j0 = (int) Math.floor(j);
        double fi = i - i0, fj = j - j0;
        return (1 - fj) * ((1 - fi) * pixel(plane, g, i0, j0) + fi * pixel(plane, g, i0 + 1, j0))
                + fj * ((1 - fi) * pixel(plane, g, i0, j0 + 1) + fi * pixel(plane, g, i0 + 1, j0 + 1));
    }

    /** Keys' cubic convolution (a = -0.5) over the 4 x 4 pixel centres around (i, j). */
    static double bicubic(double[] plane, Geometry g, double i, double j) {
        int i0 = (int) Math.floor(i), j0 = (int) Math.floor(j);
        double v = 0;
        for (int dj = -1; dj <= 2; dj++) {
            double wj = keys(j - (j0 + dj));
            for (int di = -1; di <= 2; di++) {
                v += wj * keys(i - (i0 + di)) * pixel(plane, g, i0 + di, j0 + dj);
            }
        }
        return v;
    }

    /** The cubic convolution kernel with a = -0.5. */
    private static double keys(double x) {
        double t = Math.abs(x);
        return t <= 1 ? (1.5 * t - 2.5) * t * t + 1 : t < 2 ? ((-0.5 * t + 2.5) * t - 4) * t + 2 : 0;
    }

    private static double pixel(double[] plane, Geometry g, int i, int j) {
        return i < 0 || j < 0 || i >= g.nx() || j >= g.ny() ? 0 : plane[i + g.nx() * j];
    }

    /** The grey H x W values replicated over the channels and normalised, in NCHW order. */
    private static float[] normalise(double[] grey, DeepFeatureSettings s) {
        int n = grey.length, channels = s.channels();
        double m = 0, sd = 1;
        if (s.normalisation() == Normalisation.Z_SCORE) {
            for (double v : grey) m += v;
            m /= n;
            double ss = 0;
            for (double v : grey) ss += (v - m) * (v - m);
            sd = Math.sqrt(ss / n);
            if (sd == 0) {
                sd = 1;
            }
        }
        double[] mean = s.mean(), std = s.std();
        float[] out = new float[channels * n];
        for (int c = 0; c < channels; c++) {
            for (int p = 0; p < n; p++) {
                double v = grey[p];
                v = switch (s.normalisation()) {
                    case NONE -> v;
                    case Z_SCORE -> (v - m) / sd;
                    case MEAN_STD -> (v - mean[c]) / std[c];
                };
                out[c * n + p] = (float) v;
            }
        }
        return out;
    }
}
