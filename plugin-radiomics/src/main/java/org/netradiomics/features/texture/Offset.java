package org.netradiomics.features.texture;

/** A voxel offset (di, dj, dk) along the image's i (x, fastest), j and k (slice) indices. */
public record Offset(int di, int dj, int dk) {

    /** The opposite offset (-di, -dj, -dk). */
    public Offset negate() {
        return new Offset(-di, -dj, -dk);
    }

    /** The Chebyshev length max(|di|, |dj|, |dk|), the IBSI distance between neighbours. */
    public int chebyshevLength() {
        return Math.max(Math.abs(di), Math.max(Math.abs(dj), Math.abs(dk)));
    }

    /** This offset scaled by a positive distance d (d * di, d * dj, d * dk). */
    public Offset times(int d) {
        return new Offset(d * di, d * dj, d * dk);
    }
}
