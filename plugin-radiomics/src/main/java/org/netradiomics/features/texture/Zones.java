package org.netradiomics.features.texture;

import org.netradiomics.features.DiscretisedImage;

/**
 * Connected zones of equal grey level (IBSI-1 section 3.8): voxels of the ROI linked through neighbours of the same
 * level, 26-connected in 3D, 8-connected within a slice. Each zone is reported once with its level, size and voxels.
 */
public final class Zones {
    private Zones() {}

    /** Receives one zone: its level, its voxel count and the flat indices of its voxels (valid during the call). */
    @FunctionalInterface
    public interface ZoneVisitor {
        /** One zone. */
        void zone(int level, int size, int[] voxels);
    }

    /** Visits every zone of slice {@code slice} (8-connected) or, when −1, of the volume (26-connected). */
    public static void forEach(DiscretisedImage levels, int slice, ZoneVisitor visitor) {
        int nx = levels.geometry().nx();
        int ny = levels.geometry().ny();
        int nz = levels.geometry().nz();
        int[] l = levels.levels();
        int kFrom = slice < 0 ? 0 : slice;
        int kTo = slice < 0 ? nz - 1 : slice;
        int dkRange = slice < 0 ? 1 : 0;
        boolean[] seen = new boolean[l.length];
        int[] stack = new int[64];
        for (int k = kFrom; k <= kTo; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int start = i + nx * (j + ny * k);
                    int level = l[start];
                    if (level == 0 || seen[start]) {
                        continue;
                    }
                    seen[start] = true;
                    int size = 0;
                    stack[size++] = start;
                    int next = 0;
                    while (next < size) {
                        int v = stack[next++];
                        int vi = v % nx;
                        int vj = (v / nx) % ny;
                        int vk = v / (nx * ny);
                        for (int dk = -dkRange; dk <= dkRange; dk++) {
                            int kk = vk + dk;
                            if (kk < kFrom || kk > kTo) {
                                continue;
                            }
                            for (int dj = -1; dj <= 1; dj++) {
                                int jj = vj + dj;
                                if (jj < 0 || jj >= ny) {
                                    continue;
                                }
                                for (int di = -1; di <= 1; di++) {
                                    int ii = vi + di;
                                    if (ii < 0 || ii >= nx) {
                                        continue;
                                    }
                                    int w = ii + nx * (jj + ny * kk);
                                    if (!seen[w] && l[w] == level) {
                                        seen[w] = true;
                                        if (size == stack.length) {
                                            stack = java.util.Arrays.copyOf(stack, 2 * size);
                                        }
                                        stack[size++] = w;
                                    }
                                }
                            }
                        }
                    }
                    visitor.zone(level, size, stack);
                }
            }
        }
    }
}
