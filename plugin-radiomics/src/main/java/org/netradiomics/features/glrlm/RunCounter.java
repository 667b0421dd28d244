package org.netradiomics.features.glrlm;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.texture.Offset;

/**
 * Counts runs along one direction: a run is a maximal line of consecutive ROI voxels of the same grey level; a voxel
 * outside the ROI or of another level ends it. Each voxel is visited at most twice.
 */
final class RunCounter {
    private RunCounter() {}

    /** Longest possible run in this grid. */
    static int maxRun(DiscretisedImage levels) {
        return Math.max(levels.geometry().nx(), Math.max(levels.geometry().ny(), levels.geometry().nz()));
    }

    /** Adds run counts to {@code m} (flat N_g × maxRun, row = level − 1, column = length − 1). */
    static void count(DiscretisedImage levels, Offset o, int slice, double[] m) {
        int nx = levels.geometry().nx();
        int ny = levels.geometry().ny();
        int nz = levels.geometry().nz();
        int maxRun = maxRun(levels);
        int[] l = levels.levels();
        int kFrom = slice < 0 ? 0 : slice;
        int kTo = slice < 0 ? nz - 1 : slice;
        for (int k = kFrom; k <= kTo; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int a = l[i + nx * (j + ny * k)];
                    if (a == 0) {
                        continue;
                    }
                    int pi = i - o.di();
                    int pj = j - o.dj();
                    int pk = k - o.dk();
                    if (pi >= 0 && pi < nx && pj >= 0 && pj < ny && pk >= 0 && pk < nz
                            && l[pi + nx * (pj + ny * pk)] == a) {
                        continue; // not the start of a run
                    }
                    int length = 1;
                    int ci = i + o.di();
                    int cj = j + o.dj();
                    int ck = k + o.dk();
                    while (ci >= 0 && ci < nx && cj >= 0 && cj < ny && ck >= 0 && ck < nz
                            && l[ci + nx * (cj + ny * ck)] == a) {
                        length++;
                        ci += o.di();
                        cj += o.dj();
                        ck += o.dk();
                    }
                    m[(a - 1) * maxRun + (length - 1)]++;
                }
            }
        }
    }
}
