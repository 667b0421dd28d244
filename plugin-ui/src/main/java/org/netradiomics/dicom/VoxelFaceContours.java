package org.netradiomics.dicom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;

/**
 * The contours of a mask's slice along voxel faces: closed polygons that the even-odd rule at voxel centres turns back
 * into exactly that slice of the mask (what {@link RtStructWriter} writes and {@link RtStructReader} reads). Voxels that
 * touch only at a corner go into separate polygons, and no polygon passes a corner twice.
 */
final class VoxelFaceContours {
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private VoxelFaceContours() {}

    /**
     * The boundary polygons of slice {@code k} of the mask, each as corner-lattice coordinates {c0, r0, c1, r1, ...}
     * (corner (c, r) lies at voxel index (c - 0.5, r - 0.5)), only the corners where the boundary turns. Outer
     * boundaries run counter-clockwise in (i, j), holes clockwise (the inside is on the left of every edge).
     */
    static List<int[]> ofSlice(Mask mask, int k) {
        Geometry g = mask.geometry();
        int nx = g.nx();
        int ny = g.ny();
        boolean[] inside = mask.inside();
        int offset = k * nx * ny;
        boolean any = false;
        for (int n = offset; n < offset + nx * ny && !any; n++) {
            any = inside[n];
        }
        if (!any) {
            return List.of();
        }
        int cx = nx + 1;
        // edges[4 * (r * cx + c) + d]: a boundary edge leaves corner (c, r) in direction d
        boolean[] edges = new boolean[4 * cx * (ny + 1)];
        int remaining = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (!inside[offset + j * nx + i]) {
                    continue;
                }
                if (j == 0 || !inside[offset + (j - 1) * nx + i]) { // face towards j - 1: from corner (i, j) along +x
                    edges[4 * (j * cx + i)] = true;
                    remaining++;
                }
                if (i == nx - 1 || !inside[offset + j * nx + i + 1]) { // face towards i + 1: from corner (i + 1, j) along +y
                    edges[4 * (j * cx + i + 1) + 1] = true;
                    remaining++;
                }
                if (j == ny - 1 || !inside[offset + (j + 1) * nx + i]) { // face towards j + 1: from corner (i + 1, j + 1) along -x
                    edges[4 * ((j + 1) * cx + i + 1) + 2] = true;
                    remaining++;
                }
                if (i == 0 || !inside[offset + j * nx + i - 1]) { // face towards i - 1: from corner (i, j + 1) along -y
                    edges[4 * ((j + 1) * cx + i) + 3] = true;
                    remaining++;
                }
            }
        }
        List<int[]> polygons = new ArrayList<>();
        for (int start = 0; start < edges.length && remaining > 0; start++) {
            if (!edges[start]) {
                continue;
            }
            // walk the boundary from this edge; reaching a corner already on the path closes the loop from that corner on,
            // which is cut off as its own polygon (so no polygon passes a corner twice)
            List<Integer> path = new ArrayList<>();
            Map<Integer, Integer> position = new HashMap<>();
            int corner = start / 4;
            int d = start % 4;
            path.add(corner);
            position.put(corner, 0);
            while (d >= 0) {
                edges[4 * corner + d] = false;
                remaining--;
                corner += DX[d] + DY[d] * cx;
                Integer seen = position.get(corner);
                if (seen != null) {
                    List<Integer> loop = path.subList(seen, path.size());
                    polygons.add(merge(loop, cx));
                    for (int n = seen + 1; n < path.size(); n++) {
                        position.remove(path.get(n));
                    }
                    loop.subList(1, loop.size()).clear();
                } else {
                    position.put(corner, path.size());
                    path.add(corner);
                }
                d = next(edges, corner, d);
            }
        }
        return polygons;
    }

    /** The direction to leave {@code corner} after arriving along {@code d}: left turn first (keeps diagonal pixels apart), -1 if none. */
    private static int next(boolean[] edges, int corner, int d) {
        for (int turn : new int[] {1, 0, 3}) {
            int e = (d + turn) % 4;
            if (edges[4 * corner + e]) {
                return e;
            }
        }
        return -1;
    }

    /** The loop's corners where the direction changes, as {c0, r0, c1, r1, ...}. */
    private static int[] merge(List<Integer> loop, int cx) {
        int n = loop.size();
        int[] out = new int[2 * n];
        int m = 0;
        for (int p = 0; p < n; p++) {
            int prev = loop.get((p + n - 1) % n);
            int here = loop.get(p);
            int after = loop.get((p + 1) % n);
            if (here - prev != after - here) {
                out[m++] = here % cx;
                out[m++] = here / cx;
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }
}
