package org.netradiomics.extraction;

import java.util.Locale;
import java.util.Map;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** The PyRadiomics diagnostics of an image and a mask (diagnostics_Image-* and diagnostics_Mask-* columns). */
final class MaskDiagnostics {
    private MaskDiagnostics() {}

    static void image(Map<String, Object> out, String stage, Volume image) {
        Geometry g = image.geometry();
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : image.voxels()) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        String p = "diagnostics_Image-" + stage + "_";
        out.put(p + "Dimensionality", "3D");
        out.put(p + "Spacing", tuple(g.spacing(0), g.spacing(1), g.spacing(2)));
        out.put(p + "Size", "(" + g.nx() + ", " + g.ny() + ", " + g.nz() + ")");
        out.put(p + "Mean", sum / image.voxels().length);
        out.put(p + "Minimum", min);
        out.put(p + "Maximum", max);
    }

    static void mask(Map<String, Object> out, String stage, Volume image, Mask mask) {
        Geometry g = mask.geometry();
        int[] bb = mask.boundingBox();
        boolean[] in = mask.inside();
        double si = 0;
        double sj = 0;
        double sk = 0;
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int nx = g.nx();
        int ny = g.ny();
        for (int v = 0; v < in.length; v++) {
            if (!in[v]) {
                continue;
            }
            n++;
            si += v % nx;
            sj += (v / nx) % ny;
            sk += v / (nx * ny);
            float x = image.voxels()[v];
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        String p = "diagnostics_Mask-" + stage + "_";
        out.put(p + "Spacing", tuple(g.spacing(0), g.spacing(1), g.spacing(2)));
        out.put(p + "Size", "(" + g.nx() + ", " + g.ny() + ", " + g.nz() + ")");
        out.put(p + "BoundingBox", "(" + bb[0] + ", " + bb[1] + ", " + bb[2] + ", " + (bb[3] - bb[0] + 1) + ", "
                + (bb[4] - bb[1] + 1) + ", " + (bb[5] - bb[2] + 1) + ")");
        out.put(p + "VoxelNum", (double) n);
        out.put(p + "VolumeNum", (double) components(mask));
        double[] c = {si / n, sj / n, sk / n};
        out.put(p + "CenterOfMassIndex", tuple(c[0], c[1], c[2]));
        double[] phys = g.indexToPhysical(c[0], c[1], c[2]);
        out.put(p + "CenterOfMass", tuple(phys[0], phys[1], phys[2]));
        out.put(p + "Mean", sum / n);
        out.put(p + "Minimum", min);
        out.put(p + "Maximum", max);
    }

    /** Number of 26-connected components of the mask (PyRadiomics: fully connected). */
    static int components(Mask mask) {
        Geometry g = mask.geometry();
        boolean[] in = mask.inside();
        boolean[] seen = new boolean[in.length];
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        int[] stack = new int[1024];
        int count = 0;
        for (int s = 0; s < in.length; s++) {
            if (!in[s] || seen[s]) {
                continue;
            }
            count++;
            int top = 0;
            stack[top++] = s;
            seen[s] = true;
            while (top > 0) {
                int v = stack[--top];
                int i = v % nx;
                int j = (v / nx) % ny;
                int k = v / (nx * ny);
                for (int dk = -1; dk <= 1; dk++) {
                    for (int dj = -1; dj <= 1; dj++) {
                        for (int di = -1; di <= 1; di++) {
                            int ii = i + di;
                            int jj = j + dj;
                            int kk = k + dk;
                            if (ii < 0 || jj < 0 || kk < 0 || ii >= nx || jj >= ny || kk >= nz) {
                                continue;
                            }
                            int w = ii + nx * (jj + ny * kk);
                            if (in[w] && !seen[w]) {
                                seen[w] = true;
                                if (top == stack.length) {
                                    stack = java.util.Arrays.copyOf(stack, 2 * top);
                                }
                                stack[top++] = w;
                            }
                        }
                    }
                }
            }
        }
        return count;
    }

    static String tuple(double a, double b, double c) {
        return "(" + num(a) + ", " + num(b) + ", " + num(c) + ")";
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.1f", v)
                : Double.toString(v);
    }
}
