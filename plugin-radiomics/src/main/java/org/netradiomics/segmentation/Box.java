package org.netradiomics.segmentation;

import org.netradiomics.volume.Geometry;

/** A sub-block of an image grid (origin i0, j0, k0 and size nx, ny, nz) in which a click is processed. */
record Box(int i0, int j0, int k0, int nx, int ny, int nz) {

    int count() { return nx * ny * nz; }

    int local(int i, int j, int k) { return (i - i0) + nx * ((j - j0) + ny * (k - k0)); }

    /** The box of voxels within radiusMm (plus one voxel) of the seed along each axis, clipped to the image; one slice if planeOnly. */
    static Box around(Geometry g, int i, int j, int k, double radiusMm, boolean planeOnly) {
        int[] lo = new int[3], hi = new int[3], c = {i, j, k};
        for (int a = 0; a < 3; a++) {
            // one voxel beyond the radius, so that the radius test (not the box edge) is what stops growth
            int r = (planeOnly && a == 2) ? 0 : (int) Math.floor(radiusMm / g.spacing(a)) + 1;
            lo[a] = Math.max(0, c[a] - r);
            hi[a] = Math.min(g.size(a) - 1, c[a] + r);
        }
        return new Box(lo[0], lo[1], lo[2], hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1);
    }

    /** Copies the box's voxels out of a full image array. */
    float[] extract(float[] full, Geometry g) {
        float[] out = new float[count()];
        int p = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                System.arraycopy(full, g.index(i0, j0 + j, k0 + k), out, p, nx);
                p += nx;
            }
        }
        return out;
    }

    /** Writes a box-local mask into a full-image mask array (OR). */
    void paste(boolean[] local, boolean[] full, Geometry g) {
        int p = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                int base = g.index(i0, j0 + j, k0 + k);
                for (int i = 0; i < nx; i++, p++) {
                    if (local[p]) full[base + i] = true;
                }
            }
        }
    }
}
