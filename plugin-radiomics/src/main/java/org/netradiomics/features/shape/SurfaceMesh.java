package org.netradiomics.features.shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netradiomics.volume.Geometry;

/**
 * Closed triangle mesh of a binary mask by marching cubes at iso-level 0.5 (IBSI 3.1.1): vertices at the midpoints
 * of cube edges whose corners differ, the mask padded by one empty voxel so the mesh is closed. Each cube's
 * polygons are traced on its faces (segments from an in-crossing to the next out-crossing counter-clockwise seen
 * from outside; on a face with two diagonal inside corners each inside corner is cut off on its own), which yields
 * the classic marching-cubes polygons with a consistent, hole-free resolution of ambiguous faces. Coordinates are in
 * mm relative to voxel (0,0,0) of the grid, along the grid axes.
 *
 * <p>Triangulation. A polygon of 4-7 vertices is in general not planar, and its triangulations enclose different
 * volumes. Its edges join a set I of inside corners to a set O of outside corners, and the smaller set is the corner of
 * the region that the surface wraps: a minority of inside corners samples a convex corner of the region, a minority of
 * outside corners a concave one. The surface bulges away from that minority: with |I| &lt; |O| the triangulation (among
 * all of the polygon's) enclosing the most inside volume is taken, with |I| &gt; |O| the one enclosing the least, and
 * with |I| = |O| (the saddle hexagons of cubes with 4 inside corners) the one whose volume is midway between those two.
 * Whenever a cube's inside and outside corner counts differ this is the classic case table's rule of triangulating a
 * cube with more inside than outside corners as its complement, so (away from ambiguous faces) a mask and its
 * complement get the same surface. All volumes scale by the voxel volume, so the choice does not depend on the spacing:
 * it is tabulated per configuration when the class loads, in exact integer arithmetic on doubled unit-cube coordinates.
 * Triangulations tied on volume have equal areas at any spacing (checked for all 256 configurations at random
 * spacings), so ties need no rule.
 *
 * <p>Measured against the IBSI-1 consensus values (reference_values.csv, 25 morphology tags per data set), this passes
 * all tags of the digital phantom (V 556.3 mm^3, A 388.1 mm^2), CT configuration A (V 358407 mm^3, A 35702 mm^2,
 * sphericity 0.68345 against 0.683) and configuration B (V 357502.5 mm^3, A 33731.1 mm^2, sphericity 0.72217 against
 * 0.722), and reproduces scikit-image 0.19's marching_cubes (method "lorensen") on A and B: the same surface in every
 * cell but one 7-vertex polygon of A (0.24 mm^3, 0.09 mm^2 apart). Measured alternatives: a maximum-volume fan for
 * every polygon (the previous construction, bulging outward at concave corners too) passes the phantom and A but not B
 * (V +0.3% and A -0.2% against this construction, sphericity 0.7251: 20/25); a maximum-area fan passes B but not A
 * (sphericity 0.6782: 19/25); first-vertex, minimum-volume, minimum-area and centroid fans each fail at least one data
 * set. With this triangulation, connecting the diagonal inside corners of ambiguous faces instead (as scikit-image's
 * default "lewiner" method does for a binary mask) changes V by less than 0.01% and passes too; separating the minority
 * corners per cube, as the classic table does, passes too but leaves 20-40 open edges.
 */
public final class SurfaceMesh {
    /** Corner c = bx + 2 by + 4 bz of a unit cube. */
    private static final int[][] EDGE_CORNERS = new int[12][];
    private static final int[][] EDGE_INDEX = new int[8][8];
    /** Per cube configuration: triangles as triples of edge indices, counter-clockwise seen from outside. */
    private static final int[][][] TRIANGLES = new int[256][][];

    static {
        int e = 0;
        for (int c = 0; c < 8; c++) for (int axis = 0; axis < 3; axis++) {
            if ((c >> axis & 1) == 0) {
                int d = c | 1 << axis;
                EDGE_CORNERS[e] = new int[] {c, d};
                EDGE_INDEX[c][d] = e;
                EDGE_INDEX[d][c] = e;
                e++;
            }
        }
        int[][] faces = new int[6][];
        int f = 0;
        for (int a = 0; a < 3; a++) for (int s = 0; s < 2; s++) {
            int u = (a + 1) % 3, v = (a + 2) % 3;
            int[][] uv = s == 1 ? new int[][] {{0, 0}, {1, 0}, {1, 1}, {0, 1}} : new int[][] {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
            faces[f] = new int[4];
            for (int q = 0; q < 4; q++) faces[f][q] = s << a | uv[q][0] << u | uv[q][1] << v;
            f++;
        }
        for (int config = 0; config < 256; config++) {
            int[] next = new int[12];
            Arrays.fill(next, -1);
            for (int[] face : faces) {
                for (int q = 0; q < 4; q++) {
                    int p = face[q], p1 = face[(q + 1) % 4];
                    boolean inP = (config >> p & 1) == 1, inP1 = (config >> p1 & 1) == 1;
                    if (inP || !inP1) continue;               // entry: outside -> inside, counter-clockwise
                    for (int r = 1; r < 4; r++) {             // next exit: inside -> outside
                        int a = face[(q + r) % 4], b = face[(q + r + 1) % 4];
                        if ((config >> a & 1) == 1 && (config >> b & 1) == 0) {
                            next[EDGE_INDEX[p][p1]] = EDGE_INDEX[a][b];
                            break;
                        }
                    }
                }
            }
            List<int[]> triangles = new ArrayList<>();
            boolean[] used = new boolean[12];
            for (int start = 0; start < 12; start++) {
                if (next[start] < 0 || used[start]) continue;
                List<Integer> loop = new ArrayList<>();
                for (int x = start; !used[x]; x = next[x]) { used[x] = true; loop.add(x); }
                triangles.addAll(triangulate(config, loop.stream().mapToInt(Integer::intValue).toArray()));
            }
            TRIANGLES[config] = triangles.toArray(new int[0][]);
        }
    }

    /** The triangulation of a polygon (edge indices in order) in configuration {@code config}, see the class doc. */
    private static List<int[]> triangulate(int config, int[] loop) {
        int n = loop.length;
        int inside = 0, outside = 0;
        for (int e : loop) for (int c : EDGE_CORNERS[e]) {
            if ((config >> c & 1) == 1) inside |= 1 << c; else outside |= 1 << c;
        }
        int[] positions = new int[n];
        for (int q = 0; q < n; q++) positions[q] = q;
        List<int[][]> candidates = triangulations(positions);
        // 6 x enclosed volume in doubled unit-cube coordinates (exact); differences between triangulations do not
        // depend on the origin
        long[] volume = new long[candidates.size()];
        long max = Long.MIN_VALUE, min = Long.MAX_VALUE;
        for (int t = 0; t < volume.length; t++) {
            for (int[] tri : candidates.get(t)) {
                volume[t] += tripleProduct(doubledMidpoint(loop[tri[0]]), doubledMidpoint(loop[tri[1]]),
                        doubledMidpoint(loop[tri[2]]));
            }
            max = Math.max(max, volume[t]);
            min = Math.min(min, volume[t]);
        }
        int nIn = Integer.bitCount(inside), nOut = Integer.bitCount(outside);
        long target2 = nIn < nOut ? 2 * max : nIn > nOut ? 2 * min : max + min;   // twice the wanted volume
        int best = 0;
        for (int t = 1; t < volume.length; t++) {
            if (Math.abs(2 * volume[t] - target2) < Math.abs(2 * volume[best] - target2)) best = t;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] tri : candidates.get(best)) out.add(new int[] {loop[tri[0]], loop[tri[1]], loop[tri[2]]});
        return out;
    }

    /**
     * All triangulations of the convex polygon with vertices {@code p} (in order; 1, 2, 5, 14, 42 for 3-7
     * vertices), each triangle listed in polygon order so it keeps the polygon's orientation.
     */
    private static List<int[][]> triangulations(int[] p) {
        List<int[][]> out = new ArrayList<>();
        if (p.length < 3) {
            out.add(new int[0][]);
            return out;
        }
        // the side p[0]-p[last] belongs to exactly one triangle (p[0], p[k], p[last])
        for (int k = 1; k < p.length - 1; k++) {
            for (int[][] left : triangulations(Arrays.copyOfRange(p, 0, k + 1))) {
                for (int[][] right : triangulations(Arrays.copyOfRange(p, k, p.length))) {
                    int[][] t = Arrays.copyOf(left, left.length + right.length + 1);
                    System.arraycopy(right, 0, t, left.length, right.length);
                    t[t.length - 1] = new int[] {p[0], p[k], p[p.length - 1]};
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Twice the unit-cube coordinates of the midpoint of edge {@code e} (each 0, 1 or 2). */
    private static long[] doubledMidpoint(int e) {
        int a = EDGE_CORNERS[e][0], b = EDGE_CORNERS[e][1];
        return new long[] {(a & 1) + (b & 1), (a >> 1 & 1) + (b >> 1 & 1), (a >> 2 & 1) + (b >> 2 & 1)};
    }

    private static long tripleProduct(long[] a, long[] b, long[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

    private final double[] vertices;   // x, y, z per vertex (mm)
    private final int[] triangles;      // 3 vertex indices per triangle

    private SurfaceMesh(double[] vertices, int[] triangles) {
        this.vertices = vertices;
        this.triangles = triangles;
    }

    /** Meshes the voxels set in {@code mask} on grid {@code g}. */
    public static SurfaceMesh of(Geometry g, boolean[] mask) {
        int nx = g.nx(), ny = g.ny(), nz = g.nz();
        double[] sp = g.spacing();
        Map<Long, Integer> vertexIds = new HashMap<>();
        List<double[]> verts = new ArrayList<>();
        List<int[]> tris = new ArrayList<>();
        for (int k = -1; k < nz; k++) for (int j = -1; j < ny; j++) for (int i = -1; i < nx; i++) {
            int config = 0;
            for (int c = 0; c < 8; c++) {
                int ii = i + (c & 1), jj = j + (c >> 1 & 1), kk = k + (c >> 2 & 1);
                if (ii >= 0 && jj >= 0 && kk >= 0 && ii < nx && jj < ny && kk < nz && mask[ii + nx * (jj + ny * kk)]) {
                    config |= 1 << c;
                }
            }
            if (config == 0 || config == 255) continue;
            for (int[] tri : TRIANGLES[config]) {
                int[] ids = new int[3];
                for (int q = 0; q < 3; q++) {
                    int[] ec = EDGE_CORNERS[tri[q]];
                    // doubled integer coordinates of the edge midpoint, shifted by 2 to stay non-negative
                    long x2 = 2L * i + (ec[0] & 1) + (ec[1] & 1) + 2, y2 = 2L * j + (ec[0] >> 1 & 1) + (ec[1] >> 1 & 1) + 2,
                            z2 = 2L * k + (ec[0] >> 2 & 1) + (ec[1] >> 2 & 1) + 2;
                    long key = (z2 * (2L * ny + 4) + y2) * (2L * nx + 4) + x2;
                    ids[q] = vertexIds.computeIfAbsent(key, kk -> {
                        verts.add(new double[] {(x2 - 2) / 2.0 * sp[0], (y2 - 2) / 2.0 * sp[1], (z2 - 2) / 2.0 * sp[2]});
                        return verts.size() - 1;
                    });
                }
                tris.add(ids);
            }
        }
        double[] v = new double[verts.size() * 3];
        for (int q = 0; q < verts.size(); q++) System.arraycopy(verts.get(q), 0, v, 3 * q, 3);
        int[] t = new int[tris.size() * 3];
        for (int q = 0; q < tris.size(); q++) System.arraycopy(tris.get(q), 0, t, 3 * q, 3);
        return new SurfaceMesh(v, t);
    }

    public int vertexCount() { return vertices.length / 3; }
    public int triangleCount() { return triangles.length / 3; }
    /** Vertex coordinates x0, y0, z0, x1, ... in mm. Not a copy. */
    public double[] vertices() { return vertices; }

    /** Enclosed volume: |sum over triangles of a . (b x c)| / 6 (divergence theorem). */
    public double volume() {
        double s = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            double[] a = v(triangles[t]), b = v(triangles[t + 1]), c = v(triangles[t + 2]);
            s += a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
        }
        return Math.abs(s) / 6;
    }

    /** Surface area: sum over triangles of |(b - a) x (c - a)| / 2. */
    public double area() {
        double s = 0;
        for (int t = 0; t < triangles.length; t += 3) {
            double[] a = v(triangles[t]), b = v(triangles[t + 1]), c = v(triangles[t + 2]);
            double ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
            double wx = c[0] - a[0], wy = c[1] - a[1], wz = c[2] - a[2];
            double cx = uy * wz - uz * wy, cy = uz * wx - ux * wz, cz = ux * wy - uy * wx;
            s += Math.sqrt(cx * cx + cy * cy + cz * cz) / 2;
        }
        return s;
    }

    private double[] v(int id) {
        return new double[] {vertices[3 * id], vertices[3 * id + 1], vertices[3 * id + 2]};
    }
}
