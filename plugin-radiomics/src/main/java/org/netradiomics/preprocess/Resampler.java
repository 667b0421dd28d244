package org.netradiomics.preprocess;

import java.util.stream.IntStream;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** Separable, multi-threaded resampling of a volume onto an axis-parallel target grid with the same direction. */
public final class Resampler {
    private Resampler() {
    }

    /** Interpolates {@code image} onto {@code target}; target must share the source's direction cosines. */
    public static Volume resample(Volume image, Geometry target, Interpolation kind) {
        Geometry src = image.geometry();
        double[] dir = src.direction();
        double[] tdir = target.direction();
        for (int a = 0; a < 9; a++) {
            if (Math.abs(dir[a] - tdir[a]) > 1e-6) {
                throw new InvalidInputException("target grid direction differs from the image direction; oblique resampling is not supported");
            }
        }
        double[] o = target.origin();
        double[] start = src.physicalToIndex(o[0], o[1], o[2]);
        int[] n = src.size();
        double[] data = new double[src.voxelCount()];
        float[] v = image.voxels();
        for (int i = 0; i < data.length; i++) data[i] = v[i];
        for (int axis = 0; axis < 3; axis++) {
            int nNew = target.size(axis);
            double step = target.spacing(axis) / src.spacing(axis);
            data = resampleAxis(data, n, axis, nNew, start[axis], step, kind);
            n[axis] = nNew;
        }
        float[] out = new float[data.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) data[i];
        return new Volume(target, out);
    }

    /** Resamples a mask by interpolating its 0/1 values and keeping voxels with value >= {@code threshold} (IBSI 0.5). */
    public static Mask resampleMask(Mask mask, Geometry target, Interpolation kind, double threshold) {
        Volume v = resample(mask.toVolume(), target, kind);
        boolean[] inside = new boolean[v.voxels().length];
        for (int i = 0; i < inside.length; i++) inside[i] = v.voxels()[i] >= threshold;
        return new Mask(target, inside);
    }

    /** Rounds every voxel to the nearest integer (CT intensities after interpolation, IBSI configurations). */
    public static Volume roundToInteger(Volume image) {
        float[] v = image.voxels().clone();
        for (int i = 0; i < v.length; i++) v[i] = (float) Math.rint(v[i]);
        return new Volume(image.geometry(), v);
    }

    private static double[] resampleAxis(double[] data, int[] n, int axis, int nNew, double start, double step,
                                         Interpolation kind) {
        int[] m = n.clone();
        m[axis] = nNew;
        double[] out = new double[m[0] * m[1] * m[2]];
        int strideIn = axis == 0 ? 1 : axis == 1 ? n[0] : n[0] * n[1];
        int strideOut = axis == 0 ? 1 : axis == 1 ? m[0] : m[0] * m[1];
        int[] other = otherAxes(axis);
        int lines = n[other[0]] * n[other[1]];
        IntStream.range(0, lines).parallel().forEach(line -> {
            int u = line % n[other[0]];
            int w = line / n[other[0]];
            int[] pos = new int[3];
            pos[other[0]] = u;
            pos[other[1]] = w;
            int baseIn = pos[0] + n[0] * (pos[1] + n[1] * pos[2]);
            int baseOut = pos[0] + m[0] * (pos[1] + m[1] * pos[2]);
            double[] in = new double[n[axis]];
            for (int k = 0; k < in.length; k++) in[k] = data[baseIn + k * strideIn];
            double[] res = new double[nNew];
            LineResampler.resample(kind, in, res, start, step);
            for (int k = 0; k < nNew; k++) out[baseOut + k * strideOut] = res[k];
        });
        return out;
    }

    private static int[] otherAxes(int axis) {
        return switch (axis) {
            case 0 -> new int[] {1, 2};
            case 1 -> new int[] {0, 2};
            default -> new int[] {0, 1};
        };
    }
}
