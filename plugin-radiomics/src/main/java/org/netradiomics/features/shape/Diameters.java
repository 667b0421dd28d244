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
        double best = 0;
        for (int a = 0; a < p.length; a += 3) {
            for (int b = a + 3; b < p.length; b += 3) {
                if (Math.abs(p[a + axis] - p[b + axis]) > 1e-9) continue;
                double dx = p[b] - p[a], dy = p[b + 1] - p[a + 1], dz = p[b + 2] - p[a + 2];
                double d = dx * dx + dy * dy + dz * dz;
                if (d > best) best = d;
            }
        }
        return Math.sqrt(best);
    }
}
