package org.netradiomics.features.shape;

import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;

/**
 * PyRadiomics 3.1 shape features (shape_*), from the same marching-cubes mesh as {@link Morphology}. Differences
 * from IBSI: PCA uses the population covariance (1/N) of the voxel centres; diameters are over mesh vertices;
 * Maximum2DDiameterSlice/Column/Row take vertex pairs with equal z / y / x respectively (PyRadiomics' axial,
 * coronal, sagittal planes for an axially acquired image).
 */
public final class PyRadiomicsShape {
    private final Morphology morph;
    private final double[] eigen;
    private final double[] hullVertices;

    public PyRadiomicsShape(RoiImage roi) {
        this.morph = new Morphology(roi);
        this.eigen = PrincipalAxes.eigenvalues(morph.voxelCentres(), false);
        this.hullVertices = morph.convexHull().vertices();
    }

    /** shape_Maximum3DDiameter: largest distance between mesh vertices (searched over the convex hull's vertices). */
    public double maximum3dDiameter() { return Diameters.maximum3d(hullVertices); }

    /** shape_Maximum2DDiameterSlice / Column / Row: largest distance between mesh vertices with equal coordinate {@code axis} (2 = z, 1 = y, 0 = x). */
    public double maximum2dDiameter(int axis) { return Diameters.maximumInPlane(morph.mesh().vertices(), axis); }

    /** shape_MajorAxisLength / MinorAxisLength / LeastAxisLength: 4 sqrt(lambda), lambda of the 1/N covariance. */
    public double axisLength(int rank) { return 4 * Math.sqrt(eigen[rank]); }

    /** All 14 shape features keyed by PyRadiomics name. */
    public FeatureTable pyradiomicsFeatures() {
        return new FeatureTable()
                .put("shape_MeshVolume", morph.volume()).put("shape_VoxelVolume", morph.voxelVolume())
                .put("shape_SurfaceArea", morph.area()).put("shape_SurfaceVolumeRatio", morph.surfaceToVolume())
                .put("shape_Sphericity", morph.sphericity()).put("shape_Maximum3DDiameter", maximum3dDiameter())
                .put("shape_Maximum2DDiameterSlice", maximum2dDiameter(2))
                .put("shape_Maximum2DDiameterColumn", maximum2dDiameter(1))
                .put("shape_Maximum2DDiameterRow", maximum2dDiameter(0))
                .put("shape_MajorAxisLength", axisLength(0)).put("shape_MinorAxisLength", axisLength(1))
                .put("shape_LeastAxisLength", axisLength(2))
                .put("shape_Elongation", Math.sqrt(eigen[1] / eigen[0])).put("shape_Flatness", Math.sqrt(eigen[2] / eigen[0]));
    }
}
