package org.netradiomics.features.texture;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.volume.InvalidInputException;

/**
 * The bounding box of the ROI voxels (grey level &gt; 0) of a discretised image, its voxel count, and its size per
 * axis (PyRadiomics crops to this box, so its angles depend on it).
 */
public record RoiBounds(int iMin, int iMax, int jMin, int jMax, int kMin, int kMax, int voxels) {

    /** Bounds of the ROI; an ROI without voxels is an error naming the problem. */
    public static RoiBounds of(DiscretisedImage levels) {
        int nx = levels.geometry().nx();
        int ny = levels.geometry().ny();
        int nz = levels.geometry().nz();
        int[] l = levels.levels();
        int i0 = Integer.MAX_VALUE;
        int i1 = -1;
        int j0 = Integer.MAX_VALUE;
        int j1 = -1;
        int k0 = Integer.MAX_VALUE;
        int k1 = -1;
        int count = 0;
        int idx = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, idx++) {
                    if (l[idx] > 0) {
                        count++;
                        i0 = Math.min(i0, i);
                        i1 = Math.max(i1, i);
                        j0 = Math.min(j0, j);
                        j1 = Math.max(j1, j);
                        k0 = Math.min(k0, k);
                        k1 = Math.max(k1, k);
                    }
                }
            }
        }
        if (count == 0) {
            throw new InvalidInputException("the region of interest has no voxel after re-segmentation; "
                    + "texture features cannot be computed (check the mask and the re-segmentation range)");
        }
        return new RoiBounds(i0, i1, j0, j1, k0, k1, count);
    }

    /** Box size along i, j, k. */
    public int[] size() {
        return new int[] {iMax - iMin + 1, jMax - jMin + 1, kMax - kMin + 1};
    }

    /** ROI voxels in slice k. */
    public int sliceVoxels(DiscretisedImage levels, int k) {
        int nx = levels.geometry().nx();
        int ny = levels.geometry().ny();
        int[] l = levels.levels();
        int count = 0;
        for (int j = jMin; j <= jMax; j++) {
            int base = nx * (j + ny * k);
            for (int i = iMin; i <= iMax; i++) {
                count += l[base + i] > 0 ? 1 : 0;
            }
        }
        return count;
    }

    /** The highest grey level present in the ROI (PyRadiomics' N_g). */
    public static int maxLevel(DiscretisedImage levels) {
        int max = 0;
        for (int v : levels.levels()) {
            max = Math.max(max, v);
        }
        return max;
    }
}
