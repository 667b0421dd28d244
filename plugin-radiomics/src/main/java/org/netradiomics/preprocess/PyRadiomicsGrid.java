package org.netradiomics.preprocess;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;

/**
 * PyRadiomics 3.1 resampling grid (imageoperations.resampleImage): cropped to the mask's bounding box plus
 * {@code padDistance} new voxels, with voxel corners of the old and new grid aligned at the crop's lower corner.
 */
public final class PyRadiomicsGrid {
    private PyRadiomicsGrid() {
    }

    /**
     * With r = s_old / s_new per axis, bounding box lower index b and size w (old voxels):
     * lower = max(0, floor((b - 0.5) r - pad)), upper = min(ceil(n r) - 1, ceil((b + w - 0.5) r + pad)),
     * size = upper - lower + 1, origin at continuous old index 0.5 (s_new - s_old) / s_old + lower / r.
     * A spacing of 0 keeps the original spacing on that axis (PyRadiomics convention).
     */
    public static Geometry fromMaskBoundingBox(Mask mask, double[] newSpacing, int padDistance) {
        if (padDistance < 0) throw new InvalidInputException("padDistance must be >= 0; got " + padDistance);
        int[] bb = mask.boundingBox();
        if (bb == null) throw new InvalidInputException("mask is empty: no voxel inside the region of interest");
        Geometry g = mask.geometry();
        int[] size = new int[3];
        double[] spacing = new double[3];
        double[] originIndex = new double[3];
        for (int a = 0; a < 3; a++) {
            double s = newSpacing[a] == 0 ? g.spacing(a) : newSpacing[a];
            if (!(s > 0)) throw new InvalidInputException("resampling spacing must be > 0 mm (or 0 to keep); got " + newSpacing[a]);
            double r = g.spacing(a) / s;
            double lower = Math.max(0, Math.floor((bb[a] - 0.5) * r - padDistance));
            double upper = Math.min(Math.ceil(g.size(a) * r) - 1, Math.ceil((bb[a + 3] + 0.5) * r + padDistance));
            size[a] = (int) (upper - lower + 1);
            spacing[a] = s;
            originIndex[a] = 0.5 * (s - g.spacing(a)) / g.spacing(a) + lower / r;
        }
        return g.with(size, spacing, g.indexToPhysical(originIndex[0], originIndex[1], originIndex[2]));
    }
}
