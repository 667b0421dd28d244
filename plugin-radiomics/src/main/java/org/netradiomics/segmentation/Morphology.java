package org.netradiomics.segmentation;

/**
 * Binary morphology on a box-local mask with an ellipsoidal structuring element given in mm (anisotropic spacing),
 * connected components and hole filling. Arrays are indexed {@code x + nx * (y + ny * z)}.
 */
public final class Morphology {
    private Morphology() {}

    /** Offsets {dx, dy, dz} of the ellipsoid of radius {@code radiusMm}; dz = 0 only if planeOnly. */
    static int[][] ball(double radiusMm, double[] spacing, boolean planeOnly) {
        int rx = (int) Math.floor(radiusMm / spacing[0]);
        int ry = (int) Math.floor(radiusMm / spacing[1]);
        int rz = planeOnly ? 0 : (int) Math.floor(radiusMm / spacing[2]);
        java.util.List<int[]> l = new java.util.ArrayList<>();
        double r2 = radiusMm * radiusMm;
        for (int z = -rz; z <= rz; z++)
            for (int y = -ry; y <= ry; y++)
                for (int x = -rx; x <= rx; x++) {
                    double d = sq(x * spacing[0]) + sq(y * spacing[1]) + sq(z * spacing[2]);
                    if (d <= r2 + 1e-9) l.add(new int[] {x, y, z});
                }
        return l.toArray(new int[0][]);
    }

    private static double sq(double v) { return v * v; }

    /** Morphological opening (erosion then dilation) with a ball of radius {@code radiusMm}; outside the box counts as background. */
    public static boolean[] open(boolean[] m, int nx, int ny, int nz, double[] spacing, double radiusMm, boolean planeOnly) {
        int[][] se = ball(radiusMm, spacing, planeOnly);
        boolean[] eroded = new boolean[m.length];
        for (int z = 0, p = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, p++) {
                    if (!m[p]) continue;
                    boolean all = true;
                    for (int[] o : se) {
                        int a = x + o[0], b = y + o[1], c = z + o[2];
                        if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz || !m[a + nx * (b + ny * c)]) { all = false; break; }
                    }
                    eroded[p] = all;
                }
        boolean[] out = new boolean[m.length];
        for (int z = 0, p = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, p++) {
                    if (!eroded[p]) continue;
                    for (int[] o : se) {
                        int a = x + o[0], b = y + o[1], c = z + o[2];
                        if (a >= 0 && b >= 0 && c >= 0 && a < nx && b < ny && c < nz) out[a + nx * (b + ny * c)] = true;
                    }
                }
        return out;
    }

    /**
     * The connected component (given neighbour offsets) of {@code m} containing voxel {@code seed}; if the seed is
     * not in {@code m}, the largest component. Returns an empty mask if {@code m} is empty.
     */
    public static boolean[] component(boolean[] m, int nx, int ny, int nz, int[][] offsets, int seed) {
        int[] queue = new int[m.length];
        if (seed >= 0 && m[seed]) {
            boolean[] out = new boolean[m.length];
            flood(m, out, nx, ny, nz, offsets, seed, queue);
            return out;
        }
        int[] label = new int[m.length];
        int best = 0, bestSize = 0, next = 0;
        for (int p = 0; p < m.length; p++) {
            if (!m[p] || label[p] != 0) continue;
            next++;
            int head = 0, tail = 0;
            queue[tail++] = p;
            label[p] = next;
            while (head < tail) {
                int q = queue[head++];
                int x = q % nx, y = (q / nx) % ny, z = q / (nx * ny);
                for (int[] o : offsets) {
                    int a = x + o[0], b = y + o[1], c = z + o[2];
                    if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) continue;
                    int r = a + nx * (b + ny * c);
                    if (m[r] && label[r] == 0) { label[r] = next; queue[tail++] = r; }
                }
            }
            if (tail > bestSize) { bestSize = tail; best = next; }
        }
        boolean[] out = new boolean[m.length];
        for (int p = 0; p < m.length; p++) out[p] = best != 0 && label[p] == best;
        return out;
    }

    /** Flood of {@code allowed} from {@code start} into {@code out}; returns the number of voxels reached. */
    static int flood(boolean[] allowed, boolean[] out, int nx, int ny, int nz, int[][] offsets, int start, int[] queue) {
        int head = 0, tail = 0;
        queue[tail++] = start;
        out[start] = true;
        while (head < tail) {
            int q = queue[head++];
            int x = q % nx, y = (q / nx) % ny, z = q / (nx * ny);
            for (int[] o : offsets) {
                int a = x + o[0], b = y + o[1], c = z + o[2];
                if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) continue;
                int r = a + nx * (b + ny * c);
                if (allowed[r] && !out[r]) { out[r] = true; queue[tail++] = r; }
            }
        }
        return tail;
    }

    /**
     * Fills holes: background voxels not 6-connected (4-connected within each slice if {@code sliceWise}) to the
     * box border become foreground.
     */
    public static boolean[] fillHoles(boolean[] m, int nx, int ny, int nz, boolean sliceWise) {
        boolean[] bg = new boolean[m.length];
        for (int p = 0; p < m.length; p++) bg[p] = !m[p];
        boolean[] reached = new boolean[m.length];
        int[][] offs = Connectivity.SIX.offsets(sliceWise);
        int[] queue = new int[m.length];
        for (int z = 0, p = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, p++) {
                    boolean border = x == 0 || y == 0 || x == nx - 1 || y == ny - 1 || (!sliceWise && (z == 0 || z == nz - 1));
                    if (border && bg[p] && !reached[p]) flood(bg, reached, nx, ny, nz, offs, p, queue);
                }
        boolean[] out = new boolean[m.length];
        for (int p = 0; p < m.length; p++) out[p] = m[p] || !reached[p];
        return out;
    }
}
