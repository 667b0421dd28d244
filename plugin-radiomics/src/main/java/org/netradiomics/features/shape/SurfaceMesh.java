package org.netradiomics.features.shape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netradiomics.volume.Geometry;

/**
 * Closed triangle mesh of a binary mask by marching cubes at iso-level 0.5 (IBSI 3.1.1): vertices at the midpoints
 * of cube edges whose corners differ, the mask padded by one empty voxel so the mesh is closed. Each cube's
 * polygons are traced on its faces (segments from an in-crossing to the next out-crossing counter-clockwise seen
 * from outside; on a face with two diagonal inside corners each inside corner is cut off on its own), which yields
 * the classic marching-cubes polygons with a consistent, hole-free resolution of ambiguous faces. A non-planar
 * polygon (4-6 vertices) is fan-triangulated from the vertex whose fan encloses the most volume (the outward-bulging
 * triangulation); the plain first-vertex fan gives 553 mm^3 for the IBSI digital phantom instead of the consensus
 * 556 mm^3, which this choice reproduces (556.3 mm^3, area 388.1 mm^2). Coordinates are in mm relative to voxel (0,0,0) of the grid, along the grid axes.
 */
public final class SurfaceMesh {
    /** Corner c = bx + 2 by + 4 bz of a unit cube. */
    private static final int[][] EDGE_CORNERS = new int[12][];
    private static final int[][] EDGE_INDEX = new int[8][8];
    /** Per cube configuration: closed loops of edge indices. */
    private static final int[][][] LOOPS = new int[256][][];

    private static double tripleProduct(double[] a, double[] b, double[] c) {
        return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }

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
            java.util.Arrays.fill(next, -1);
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
            List<int[]> loops = new ArrayList<>();
            boolean[] used = new boolean[12];
            for (int start = 0; start < 12; start++) {
                if (next[start] < 0 || used[start]) continue;
                List<Integer> loop = new ArrayList<>();
                for (int x = start; !used[x]; x = next[x]) { used[x] = true; loop.add(x); }
                loops.add(loop.stream().mapToInt(Integer::intValue).toArray());
            }
            LOOPS[config] = loops.toArray(new int[0][]);
        }
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
            for (int[] loop : LOOPS[config]) {
                int[] ids = new int[loop.length];
                for (int q = 0; q < loop.length; q++) {
                    int[] ec = EDGE_CORNERS[loop[q]];
                    // doubled integer coordinates of the edge midpoint, shifted by 2 to stay non-negative
                    long x2 = 2L * i + (ec[0] & 1) + (ec[1] & 1) + 2, y2 = 2L * j + (ec[0] >> 1 & 1) + (ec[1] >> 1 & 1) + 2,
                            z2 = 2L * k + (ec[0] >> 2 & 1) + (ec[1] >> 2 & 1) + 2;
                    long key = (z2 * (2L * ny + 4) + y2) * (2L * nx + 4) + x2;
                    ids[q] = vertexIds.computeIfAbsent(key, kk -> {
                        verts.add(new double[] {(x2 - 2) / 2.0 * sp[0], (y2 - 2) / 2.0 * sp[1], (z2 - 2) / 2.0 * sp[2]});
                        return verts.size() - 1;
                    });
                }
                int startAt = 0;
                if (ids.length > 3) {
                    double bestV = 0;
                    for (int st = 0; st < ids.length; st++) {
                        double sv = 0;
                        for (int q = 1; q + 1 < ids.length; q++) {
                            sv += tripleProduct(verts.get(ids[st]), verts.get(ids[(st + q) % ids.length]), verts.get(ids[(st + q + 1) % ids.length]));
                        }
                        if (st == 0 || sv > bestV) { bestV = sv; startAt = st; }
                    }
                }
                for (int q = 1; q + 1 < ids.length; q++) {
                    tris.add(new int[] {ids[startAt], ids[(startAt + q) % ids.length], ids[(startAt + q + 1) % ids.length]});
                }
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
