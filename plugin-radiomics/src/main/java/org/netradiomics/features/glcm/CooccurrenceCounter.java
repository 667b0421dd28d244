package org.netradiomics.features.glcm;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.texture.Offset;

/**
 * Counts grey-level co-occurrences along one offset: for each ROI voxel of level a whose neighbour at the offset is
 * in the ROI with level b, M[a][b] += 1 and, when symmetric, M[b][a] += 1. One pass over the scope's voxels.
 */
final class CooccurrenceCounter {
    private CooccurrenceCounter() {}

    /** Adds counts into {@code m} (flat N_g × N_g, row = centre level − 1); {@code slice} −1 = whole volume. */
    static void count(DiscretisedImage levels, Offset o, int slice, int ng, boolean symmetric, double[] m) {
        int nx = levels.geometry().nx();
        int ny = levels.geometry().ny();
        int nz = levels.geometry().nz();
        int[] l = levels.levels();
        int kFrom = slice < 0 ? 0 : slice;
        int kTo = slice < 0 ? nz - 1 : slice;
        int shift = o.di() + nx * (o.dj() + ny * o.dk());
        for (int k = kFrom; k <= kTo; k++) {
            int kk = k + o.dk();
            if (kk < 0 || kk >= nz) {
                continue;
            }
            for (int j = Math.max(0, -o.dj()); j < Math.min(ny, ny - o.dj()); j++) {
                int base = nx * (j + ny * k);
                int iFrom = Math.max(0, -o.di());
                int iTo = Math.min(nx, nx - o.di());
                for (int i = iFrom; i < iTo; i++) {
                    int a = l[base + i];
                    if (a == 0) {
                        continue;
                    }
                    int b = l[base + i + shift];
                    if (b == 0) {
                        continue;
                    }
                    m[(a - 1) * ng + (b - 1)]++;
                    if (symmetric) {
                        m[(b - 1) * ng + (a - 1)]++;
                    }
                }
            }
        }
    }
}
