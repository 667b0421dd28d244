package org.netradiomics.preprocess;

import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** Crops image and masks to the morphological mask's bounding box (plus a margin) to form a {@link RoiImage}. */
public final class RoiCropper {
    private RoiCropper() {
    }

    /**
     * @param intensityMask     mask after re-segmentation (must be a subset of the grid of {@code image})
     * @param morphologicalMask mask before re-segmentation
     * @param margin            voxels added on every side, clamped to the image (e.g. for local intensity features)
     */
    public static RoiImage crop(Volume image, Mask intensityMask, Mask morphologicalMask, int margin) {
        Resegmentation.checkGrid(image, morphologicalMask);
        Resegmentation.checkGrid(image, intensityMask);
        if (margin < 0) throw new InvalidInputException("crop margin must be >= 0 voxels; got " + margin);
        int[] bb = morphologicalMask.boundingBox();
        if (bb == null) throw new InvalidInputException("mask is empty: no voxel inside the region of interest");
        Geometry g = image.geometry();
        int[] lo = new int[3], size = new int[3];
        for (int a = 0; a < 3; a++) {
            lo[a] = Math.max(0, bb[a] - margin);
            int hi = Math.min(g.size(a) - 1, bb[a + 3] + margin);
            size[a] = hi - lo[a] + 1;
        }
        Geometry cropped = g.with(size, g.spacing(), g.indexToPhysical(lo[0], lo[1], lo[2]));
        int n = cropped.voxelCount();
        float[] v = new float[n];
        boolean[] im = new boolean[n], mm = new boolean[n];
        int idx = 0;
        for (int k = 0; k < size[2]; k++) {
            for (int j = 0; j < size[1]; j++) {
                for (int i = 0; i < size[0]; i++, idx++) {
                    int src = g.index(i + lo[0], j + lo[1], k + lo[2]);
                    v[idx] = image.voxels()[src];
                    im[idx] = intensityMask.inside()[src];
                    mm[idx] = morphologicalMask.inside()[src];
                }
            }
        }
        return new RoiImage(cropped, v, im, mm);
    }
}
