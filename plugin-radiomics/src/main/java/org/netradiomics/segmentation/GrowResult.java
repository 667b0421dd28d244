package org.netradiomics.segmentation;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;

/**
 * The outcome of one click: the region (kept in its bounding box; the full-grid {@link #mask()} is built on first
 * request, since allocating a 512 x 512 x 300 mask costs more than growing), its volume, the final HU interval and
 * which guard stopped growth.
 */
public final class GrowResult {
    private final Geometry geometry;
    private final Box box;
    private final boolean[] region;
    private final double volumeMl;
    private final double lower;
    private final double upper;
    private final GrowStatus status;
    private Mask mask;

    GrowResult(Geometry geometry, Box box, boolean[] region, double volumeMl, double lower, double upper, GrowStatus status) {
        this.geometry = geometry;
        this.box = box;
        this.region = region;
        this.volumeMl = volumeMl;
        this.lower = lower;
        this.upper = upper;
        this.status = status;
    }

    /** The grown region on the full image grid (built once, then cached). */
    public synchronized Mask mask() {
        if (mask == null) {
            boolean[] full = new boolean[geometry.voxelCount()];
            box.paste(region, full, geometry);
            mask = new Mask(geometry, full);
        }
        return mask;
    }

    /** The block holding the region: {i0, j0, k0, nx, ny, nz} in image voxel indices. */
    public int[] regionBox() { return new int[] {box.i0(), box.j0(), box.k0(), box.nx(), box.ny(), box.nz()}; }

    /** True if image voxel (i, j, k) is in the region. */
    public boolean contains(int i, int j, int k) {
        int x = i - box.i0(), y = j - box.j0(), z = k - box.k0();
        return x >= 0 && y >= 0 && z >= 0 && x < box.nx() && y < box.ny() && z < box.nz() && region[box.local(i, j, k)];
    }

    /** Volume of the region in mL. */
    public double volumeMl() { return volumeMl; }

    /** Final lower HU bound used. */
    public double lower() { return lower; }

    /** Final upper HU bound used. */
    public double upper() { return upper; }

    /** Why growth stopped. */
    public GrowStatus status() { return status; }
}
