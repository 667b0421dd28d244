package org.netradiomics.features;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

/**
 * The region of interest after preprocessing (interpolation, re-segmentation), cropped to a box around it: what
 * every feature family reads. The intensity mask (IBSI: after re-segmentation) selects voxels for intensity and
 * texture features; the morphological mask (IBSI: before re-segmentation) selects voxels for shape features.
 * Both masks and the intensities share {@link #geometry()}.
 */
public final class RoiImage {
    private final Geometry geometry;
    private final float[] intensities;
    private final boolean[] intensityMask;
    private final boolean[] morphologicalMask;

    public RoiImage(Geometry geometry, float[] intensities, boolean[] intensityMask, boolean[] morphologicalMask) {
        int n = geometry.voxelCount();
        if (intensities.length != n || intensityMask.length != n || morphologicalMask.length != n) {
            throw new IllegalArgumentException("ROI arrays do not match the geometry's " + n + " voxels");
        }
        this.geometry = geometry;
        this.intensities = intensities;
        this.intensityMask = intensityMask;
        this.morphologicalMask = morphologicalMask;
    }

    /** A ROI whose intensity and morphological masks are the same. */
    public static RoiImage of(Geometry geometry, float[] intensities, boolean[] mask) {
        return new RoiImage(geometry, intensities, mask, mask);
    }

    public Geometry geometry() { return geometry; }
    public float[] intensities() { return intensities; }
    public boolean[] intensityMask() { return intensityMask; }
    public boolean[] morphologicalMask() { return morphologicalMask; }

    /** Intensities of the voxels in the intensity mask, in index order. */
    public double[] intensityValues() {
        int n = 0;
        for (boolean b : intensityMask) if (b) n++;
        if (n == 0) {
            throw new InvalidInputException("the region of interest has no voxel left after re-segmentation; widen the re-segmentation range or check the mask");
        }
        double[] v = new double[n];
        int p = 0;
        for (int i = 0; i < intensities.length; i++) if (intensityMask[i]) v[p++] = intensities[i];
        return v;
    }

    public int intensityVoxelCount() {
        int n = 0;
        for (boolean b : intensityMask) if (b) n++;
        return n;
    }

    public int morphologicalVoxelCount() {
        int n = 0;
        for (boolean b : morphologicalMask) if (b) n++;
        return n;
    }
}
