package org.netradiomics.features.gldzm;

/**
 * Distance of each ROI voxel to the ROI edge (IBSI-1 section 3.9): the number of 6-connected (3D) or 4-connected (in a
 * slice) steps to reach a voxel outside the morphological mask (or outside the grid), so voxels on the edge have
 * distance 1. Equivalent to IBSI's iterative erosion; computed by a breadth-first search from the edge voxels.
 */
final class BorderDistance {
    private BorderDistance() {}

    /** Distances (0 outside the mask); {@code inPlane} restricts neighbours and edges to each slice. */
    static int[] of(boolean[] mask, int nx, int ny, int nz, boolean inPlane) {
        int[] dist = new int[mask.length];
        int[] queue = new int[mask.length];
        int head = 0;
        int tail = 0;
        int[][] steps = inPlane ? new int[][] {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}}
                : new int[][] {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    int v = i + nx * (j + ny * k);
                    if (!mask[v]) {
                        continue;
                    }
                    for (int[] s : steps) {
                        int ii = i + s[0];
                        int jj = j + s[1];
                        int kk = k + s[2];
                        if (ii < 0 || ii >= nx || jj < 0 || jj >= ny || kk < 0 || kk >= nz
                                || !mask[ii + nx * (jj + ny * kk)]) {
                            dist[v] = 1;
                            queue[tail++] = v;
                            break;
                        }
                    }
                }
            }
        }
        while (head < tail) {
            int v = queue[head++];
            int i = v % nx;
            int j = (v / nx) % ny;
            int k = v / (nx * ny);
            for (int[] s : steps) {
                int ii = i + s[0];
                int jj = j + s[1];
                int kk = k + s[2];
                if (ii < 0 || ii >= nx || jj < 0 || jj >= ny || kk < 0 || kk >= nz) {
                    continue;
                }
                int w = ii + nx * (jj + ny * kk);
                if (mask[w] && dist[w] == 0) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return dist;
    }
}
