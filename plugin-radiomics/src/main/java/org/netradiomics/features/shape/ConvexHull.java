package org.netradiomics.features.shape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * 3D convex hull by incremental construction (add points in random order; each point outside the hull removes
 * the faces it sees and closes the hole from the horizon edges). Points are first reduced to those that are an end
 * of their row along x, along y and along z, which cannot change the hull. Coplanar points within 1e-9 of the scale are treated as inside.
 */
public final class ConvexHull {
    private final double[] pts;
    private final List<int[]> faces;

    private ConvexHull(double[] pts, List<int[]> faces) {
        this.pts = pts;
        this.faces = faces;
    }

    private record Row(double y, double z) { }

    /** Hull of points (x, y, z per point); at least 4 non-coplanar points are needed. */
    public static ConvexHull of(double[] all) {
        int n = all.length / 3;
        boolean[] keep = new boolean[n];
        java.util.Arrays.fill(keep, true);
        for (int axis = 0; axis < 3; axis++) keepRowExtremes(all, axis, keep);
        int count = 0;
        for (boolean b : keep) if (b) count++;
        double[] pts = new double[count * 3];
        int c = 0;
        for (int p = 0; p < n; p++) if (keep[p]) { System.arraycopy(all, 3 * p, pts, 3 * c, 3); c++; }
        return new ConvexHull(pts, build(pts));
    }

    /**
     * Clears {@code keep} for points that are strictly between two others on a line parallel to {@code axis}: a hull
     * vertex must be an extreme of every such row, so only the two ends of each row can stay.
     */
    private static void keepRowExtremes(double[] all, int axis, boolean[] keep) {
        int u = (axis + 1) % 3, v = (axis + 2) % 3;
        Map<Row, int[]> rows = new HashMap<>();
        for (int p = 0; p < all.length / 3; p++) {
            int[] ext = rows.computeIfAbsent(new Row(all[3 * p + u], all[3 * p + v]), r -> new int[] {-1, -1});
            if (ext[0] < 0 || all[3 * p + axis] < all[3 * ext[0] + axis]) ext[0] = p;
            if (ext[1] < 0 || all[3 * p + axis] > all[3 * ext[1] + axis]) ext[1] = p;
        }
        boolean[] extreme = new boolean[keep.length];
        for (int[] e : rows.values()) { extreme[e[0]] = true; extreme[e[1]] = true; }
        for (int p = 0; p < keep.length; p++) keep[p] &= extreme[p];
    }

    private static List<int[]> build(double[] p) {
        int n = p.length / 3;
        if (n < 4) throw new IllegalArgumentException("a 3D convex hull needs at least 4 points");
        double scale = 0;
        for (double v : p) scale = Math.max(scale, Math.abs(v));
        double eps = 1e-9 * Math.max(1, scale) * Math.max(1, scale);
        int a = 0;
        for (int q = 1; q < n; q++) if (p[3 * q] < p[3 * a]) a = q;
        int b = a;
        for (int q = 0; q < n; q++) if (dist2(p, a, q) > dist2(p, a, b)) b = q;
        int cc = a;
        double best = 0;
        for (int q = 0; q < n; q++) {
            double[] cr = cross(sub(p, b, a), sub(p, q, a));
            double d = dot(cr, cr);
            if (d > best) { best = d; cc = q; }
        }
        int d = a;
        best = 0;
        double[] nrm = cross(sub(p, b, a), sub(p, cc, a));
        for (int q = 0; q < n; q++) {
            double h = Math.abs(dot(nrm, sub(p, q, a)));
            if (h > best) { best = h; d = q; }
        }
        if (best <= eps) throw new IllegalArgumentException("all points are coplanar; the convex hull has no volume");
        List<int[]> faces = new ArrayList<>();
        double[] centre = new double[3];
        for (int q : new int[] {a, b, cc, d}) for (int k = 0; k < 3; k++) centre[k] += p[3 * q + k] / 4;
        for (int[] f : new int[][] {{a, b, cc}, {a, b, d}, {a, cc, d}, {b, cc, d}}) {
            double[] fn = normal(p, f);
            double[] toC = {centre[0] - p[3 * f[0]], centre[1] - p[3 * f[0] + 1], centre[2] - p[3 * f[0] + 2]};
            faces.add(dot(fn, toC) > 0 ? new int[] {f[0], f[2], f[1]} : f);
        }
        List<Integer> order = new ArrayList<>();
        for (int q = 0; q < n; q++) if (q != a && q != b && q != cc && q != d) order.add(q);
        java.util.Collections.shuffle(order, new Random(7));
        List<double[]> planeList = new ArrayList<>();
        for (int[] f : faces) planeList.add(plane(p, f));
        for (int q : order) {
            double qx = p[3 * q], qy = p[3 * q + 1], qz = p[3 * q + 2];
            boolean sees = false;
            for (double[] pl : planeList) {
                if (pl[0] * qx + pl[1] * qy + pl[2] * qz - pl[3] > eps) { sees = true; break; }
            }
            if (!sees) continue;   // inside the current hull
            List<int[]> visible = new ArrayList<>();
            List<int[]> kept = new ArrayList<>();
            List<double[]> keptPlanes = new ArrayList<>();
            for (int f = 0; f < faces.size(); f++) {
                double[] pl = planeList.get(f);
                if (pl[0] * qx + pl[1] * qy + pl[2] * qz - pl[3] > eps) {
                    visible.add(faces.get(f));
                } else {
                    kept.add(faces.get(f));
                    keptPlanes.add(pl);
                }
            }
            if (visible.isEmpty()) continue;
            Set<Long> edges = new HashSet<>();
            for (int[] f : visible) for (int k = 0; k < 3; k++) edges.add(edge(f[k], f[(k + 1) % 3]));
            for (int[] f : visible) for (int k = 0; k < 3; k++) {
                int u = f[k], v = f[(k + 1) % 3];
                if (!edges.contains(edge(v, u))) {
                    int[] nf = {u, v, q};
                    kept.add(nf);
                    keptPlanes.add(plane(p, nf));
                }
            }
            faces = kept;
            planeList = keptPlanes;
        }
        return faces;
    }

    /** Coordinates of the points on the hull (vertices of its faces). */
    public double[] vertices() {
        Set<Integer> ids = new HashSet<>();
        for (int[] f : faces) for (int v : f) ids.add(v);
        double[] out = new double[ids.size() * 3];
        int c = 0;
        for (int v : ids) { System.arraycopy(pts, 3 * v, out, 3 * c, 3); c++; }
        return out;
    }

    /** Enclosed volume: sum over faces of a.(b x c) / 6 (faces oriented outward). */
    public double volume() {
        double s = 0;
        for (int[] f : faces) {
            double[] a = at(f[0]), b = at(f[1]), c = at(f[2]);
            s += dot(a, cross(b, c));
        }
        return s / 6;
    }

    /** Surface area: sum over faces of |(b - a) x (c - a)| / 2. */
    public double area() {
        double s = 0;
        for (int[] f : faces) {
            double[] nn = normal(pts, f);
            s += Math.sqrt(dot(nn, nn)) / 2;
        }
        return s;
    }

    /** Unnormalised outward normal n and offset n . a of a face, so that n . x - offset > 0 means x sees it. */
    private static double[] plane(double[] p, int[] f) {
        double[] n = normal(p, f);
        return new double[] {n[0], n[1], n[2], n[0] * p[3 * f[0]] + n[1] * p[3 * f[0] + 1] + n[2] * p[3 * f[0] + 2]};
    }

    private double[] at(int q) { return new double[] {pts[3 * q], pts[3 * q + 1], pts[3 * q + 2]}; }
    private static long edge(int u, int v) { return (long) u << 32 | v; }
    private static double[] normal(double[] p, int[] f) { return cross(sub(p, f[1], f[0]), sub(p, f[2], f[0])); }
    private static double[] sub(double[] p, int u, int v) {
        return new double[] {p[3 * u] - p[3 * v], p[3 * u + 1] - p[3 * v + 1], p[3 * u + 2] - p[3 * v + 2]};
    }
    private static double dist2(double[] p, int u, int v) { double[] s = sub(p, u, v); return dot(s, s); }
    private static double dot(double[] a, double[] b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
