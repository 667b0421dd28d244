package org.netradiomics.features.texture;

import java.util.ArrayList;
import java.util.List;

/**
 * Direction and neighbourhood offsets (IBSI-1 section 3.6). A direction is one of each pair of opposite unit
 * offsets: 4 in the axial plane (0, 45, 90, 135 degrees) and 13 in 3D. A neighbourhood is all unit offsets
 * (Chebyshev distance 1): 8 in the plane, 26 in 3D.
 */
public final class Offsets {
    private Offsets() {
    }

    /**
     * One offset of each opposite pair: the first non-zero component of (dk, dj, di) is positive, so
     * (1,0,0), (1,1,0), (0,1,0), (-1,1,0) in the plane, and 9 more with dk = 1 in 3D.
     */
    public static List<Offset> directions(TextureSpace space) {
        List<Offset> out = new ArrayList<>();
        for (Offset o : neighbours(space)) {
            int first = o.dk() != 0 ? o.dk() : o.dj() != 0 ? o.dj() : o.di();
            if (first > 0) out.add(o);
        }
        return List.copyOf(out);
    }

    /** All offsets at Chebyshev distance 1: 8 in the axial plane (2D, 2.5D), 26 in 3D. */
    public static List<Offset> neighbours(TextureSpace space) {
        int kRange = space.inPlane() ? 0 : 1;
        List<Offset> out = new ArrayList<>();
        for (int dk = -kRange; dk <= kRange; dk++) {
            for (int dj = -1; dj <= 1; dj++) {
                for (int di = -1; di <= 1; di++) {
                    if (di != 0 || dj != 0 || dk != 0) out.add(new Offset(di, dj, dk));
                }
            }
        }
        return List.copyOf(out);
    }
}
