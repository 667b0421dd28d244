package org.netradiomics.features;

import org.netradiomics.volume.Geometry;

/**
 * Grey levels after discretisation (IBSI 2.7): level 1..{@link #levelCount()} for voxels in the intensity mask,
 * 0 outside it. Texture matrices, the intensity histogram and (with its own discretisation) the intensity-volume
 * histogram read this.
 */
public final class DiscretisedImage {
    private final Geometry geometry;
    private final int[] levels;
    private final int levelCount;

    /**
     * @param geometry   the ROI's (cropped) grid
     * @param levels     grey level per voxel, 1..levelCount inside the ROI, 0 outside
     * @param levelCount number of grey levels N_g (IBSI: bins of the discretisation; PyRadiomics: the highest level)
     */
    public DiscretisedImage(Geometry geometry, int[] levels, int levelCount) {
        if (levels.length != geometry.voxelCount()) {
            throw new IllegalArgumentException("grey level array does not match the geometry");
        }
        this.geometry = geometry;
        this.levels = levels;
        this.levelCount = levelCount;
    }

    public Geometry geometry() { return geometry; }

    /** Grey levels, index {@code i + nx * (j + ny * k)}, 0 = outside the ROI. Not a copy. */
    public int[] levels() { return levels; }

    public int levelCount() { return levelCount; }

    public int level(int i, int j, int k) {
        return levels[geometry.index(i, j, k)];
    }
}
