package org.netradiomics.volume;

/**
 * A scalar 3D image (CT in Hounsfield units, or any intensity) on a {@link Geometry}. Voxels are stored as
 * {@code float}, i fastest. The array is shared, not copied: treat a volume handed to the engine as read-only.
 */
public final class Volume {
    private final Geometry geometry;
    private final float[] voxels;

    public Volume(Geometry geometry, float[] voxels) {
        if (voxels.length != geometry.voxelCount()) {
            throw new IllegalArgumentException("voxel array has " + voxels.length + " values, geometry needs " + geometry.voxelCount());
        }
        this.geometry = geometry;
        this.voxels = voxels;
    }

    public Geometry geometry() { return geometry; }

    /** The voxel array itself (not a copy), index {@code i + nx * (j + ny * k)}. */
    public float[] voxels() { return voxels; }

    public float get(int i, int j, int k) {
        return voxels[geometry.index(i, j, k)];
    }

    public float get(int index) {
        return voxels[index];
    }
}
