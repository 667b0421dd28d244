package org.netradiomics.features.texture;

import java.util.ArrayList;
import java.util.List;

/**
 * The angles PyRadiomics 3.1 uses for GLCM and GLRLM ({@code cmatrices.build_angles}): every offset whose Chebyshev
 * length is one of the requested distances, one of each opposite pair, offsets never as long as the ROI's bounding
 * box along that axis, and none out of plane when force2D is set. In-plane axis order of PyRadiomics arrays is
 * (z, y, x), so force2Ddimension 0 keeps offsets with dk = 0.
 */
public final class PyRadiomicsAngles {
    private PyRadiomicsAngles() {}

    /** Angles for an ROI whose bounding box is {@code size} = {nx, ny, nz} voxels. */
    public static List<Offset> of(int[] size, int[] distances, boolean force2D, int force2DDimension) {
        int max = 0;
        for (int d : distances) {
            max = Math.max(max, d);
        }
        // PyRadiomics axis a (0 = z, 1 = y, 2 = x) corresponds to our k, j, i
        int[] zyx = {size[2], size[1], size[0]};
        int excluded = force2D ? force2DDimension : -1;
        List<Offset> out = new ArrayList<>();
        // same enumeration order as PyRadiomics: z slowest, offsets from +max down to −max
        for (int dz = max; dz >= -max; dz--) {
            for (int dy = max; dy >= -max; dy--) {
                for (int dx = max; dx >= -max; dx--) {
                    int[] o = {dz, dy, dx};
                    boolean valid = true;
                    int cheb = 0;
                    for (int a = 0; a < 3; a++) {
                        if ((a == excluded && o[a] != 0) || o[a] >= zyx[a] || o[a] <= -zyx[a]) {
                            valid = false;
                        }
                        cheb = Math.max(cheb, Math.abs(o[a]));
                    }
                    if (!valid || cheb == 0 || !contains(distances, cheb)) {
                        continue;
                    }
                    // keep the first of each opposite pair in this order (the positive half)
                    out.add(new Offset(dx, dy, dz));
                }
            }
        }
        return out.subList(0, out.size() / 2);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
