package org.netradiomics.features.texture;

import java.util.List;

import org.netradiomics.features.DiscretisedImage;

/**
 * Visits each ROI voxel with its neighbours in the ROI: the voxels at the given offsets (all of them, both signs,
 * e.g. the 26 at Chebyshev distance 1 in 3D or 8 in a slice), inside the grid and with a grey level &gt; 0. The
 * neighbourhood families (NGTDM, NGLDM) are built on it.
 */
public final class Neighbourhood {
    private Neighbourhood() {}

    /** Receives one ROI voxel, its level, and the levels of its ROI neighbours (first {@code count} entries). */
    @FunctionalInterface
    public interface Visitor {
        /** One centre voxel. */
        void voxel(int level, int[] neighbourLevels, int count);
    }

    /** Visits slice {@code slice} (offsets must be in plane) or, when −1, the whole volume. */
    public static void forEach(DiscretisedImage levels, List<Offset> offsets, int slice, Visitor visitor) {
        int nx = levels.geometry().nx();
        int ny = levels.geometry().ny();
        int nz = levels.geometry().nz();
        int[] l = levels.levels();
        int kFrom = slice < 0 ? 0 : slice;
        int kTo = slice < 0 ? nz - 1 : slice;
        int[] neighbours = new int[offsets.size()];
        for (int k = kFrom; k <= kTo; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int level = l[i + nx * (j + ny * k)];
                    if (level == 0) {
                        continue;
                    }
                    int count = 0;
                    for (Offset o : offsets) {
                        int ii = i + o.di();
                        int jj = j + o.dj();
                        int kk = k + o.dk();
                        if (ii < 0 || ii >= nx || jj < 0 || jj >= ny || kk < 0 || kk >= nz) {
                            continue;
                        }
                        int b = l[ii + nx * (jj + ny * kk)];
                        if (b > 0) {
                            neighbours[count++] = b;
                        }
                    }
                    visitor.voxel(level, neighbours, count);
                }
            }
        }
    }

    /**
     * All offsets whose Chebyshev length is one of {@code distances} (both signs): PyRadiomics' neighbourhood for
     * NGTDM and GLDM ({@code distances} setting), in plane when {@code inPlane}.
     */
    public static List<Offset> offsets(int[] distances, boolean inPlane) {
        int max = 0;
        for (int d : distances) {
            max = Math.max(max, d);
        }
        java.util.List<Offset> out = new java.util.ArrayList<>();
        int kRange = inPlane ? 0 : max;
        for (int dk = -kRange; dk <= kRange; dk++) {
            for (int dj = -max; dj <= max; dj++) {
                for (int di = -max; di <= max; di++) {
                    int cheb = Math.max(Math.abs(di), Math.max(Math.abs(dj), Math.abs(dk)));
                    for (int d : distances) {
                        if (cheb == d) {
                            out.add(new Offset(di, dj, dk));
                            break;
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
