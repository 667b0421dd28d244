package org.netradiomics.features.shape;

/** Largest pairwise distances between points (x, y, z per point). */
final class Diameters {
    private Diameters() { }

    /** Largest Euclidean distance between any two points; O(n^2), so pass convex hull vertices for big sets. */
    static double maximum3d(double[] p) {
        double best = 0;
        for (int a = 0; a < p.length; a += 3) {
            double x = p[a], y = p[a + 1], z = p[a + 2];
            for (int b = a + 3; b < p.length; b += 3) {
                double dx = p[b] - x, dy = p[b + 1] - y, dz = p[b + 2] - z;
                double d = dx * dx + dy * dy + dz * dz;
                if (d > best) best = d;
            }
        }
        return Math.sqrt(best);
    }

    /**
     * Largest distance between two points sharing the same value of coordinate {@code axis} (within 1e-9 mm), i.e.
     * the largest in-plane diameter over planes orthogonal to that axis (PyRadiomics Maximum2DDiameter*).
     */
    static double maximumInPlane(double[] p, int axis) {
        int n = p.length / 3;
        Integer[] order = new Integer[n];
        for (int q = 0; q < n; q++) order[q] = q;
        java.util.Arrays.sort(order, (u, v) -> Double.compare(p[3 * u + axis], p[3 * v + axis]));
        double best = 0;
        for (int lo = 0; lo < n; ) {                      // one group of vertices per plane
            int hi = lo;
            while (hi < n && p[3 * order[hi] + axis] - p[3 * order[lo] + axis] <= 1e-9) hi++;
            for (int a = lo; a < hi; a++) for (int b = a + 1; b < hi; b++) {
                int u = 3 * order[a], v = 3 * order[b];
                double dx = p[v] - p[u], dy = p[v + 1] - p[u + 1], dz = p[v + 2] - p[u + 2];
                best = Math.max(best, dx * dx + dy * dy + dz * dz);
            }
            lo = hi;
        }
        return Math.sqrt(best);
    }
}
