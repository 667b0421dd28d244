package org.netradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;

class PyRadiomicsShapeTest {
    @Test
    void twoByTwoByTwoCube() {
        // 2x2x2 voxels of 1 mm (see MorphologyTest for V = 17/3, A = 6 + 6 sqrt 2 + sqrt 3).
        // Mesh vertices, centred on the cube: all permutations of (+-1, +-0.5, +-0.5) (24 points).
        // Max 3D: (1, .5, .5) to (-1, -.5, -.5) = sqrt(4 + 1 + 1) = sqrt 6. Max 2D with equal z: (1, .5, .5) to
        // (-1, -.5, .5) = sqrt 5 (same for y and x by symmetry). Voxel centres +-0.5 per axis: 1/N variance 0.25,
        // so every axis length is 4 * 0.5 = 2, elongation = flatness = 1. Voxel volume 8.
        Geometry g = Geometry.of(4, 4, 4, 1, 1, 1);
        boolean[] m = new boolean[64];
        for (int k = 1; k < 3; k++) for (int j = 1; j < 3; j++) for (int i = 1; i < 3; i++) m[g.index(i, j, k)] = true;
        FeatureTable t = new PyRadiomicsShape(RoiImage.of(g, new float[64], m)).pyradiomicsFeatures();
        double v = 17.0 / 3, a = 6 + 6 * Math.sqrt(2) + Math.sqrt(3);
        assertEquals(v, t.get("shape_MeshVolume"), 1e-9);
        assertEquals(8, t.get("shape_VoxelVolume"), 1e-9);
        assertEquals(a, t.get("shape_SurfaceArea"), 1e-9);
        assertEquals(a / v, t.get("shape_SurfaceVolumeRatio"), 1e-9);
        assertEquals(Math.cbrt(36 * Math.PI * v * v) / a, t.get("shape_Sphericity"), 1e-9);
        assertEquals(Math.sqrt(6), t.get("shape_Maximum3DDiameter"), 1e-9);
        assertEquals(Math.sqrt(5), t.get("shape_Maximum2DDiameterSlice"), 1e-9);
        assertEquals(Math.sqrt(5), t.get("shape_Maximum2DDiameterColumn"), 1e-9);
        assertEquals(Math.sqrt(5), t.get("shape_Maximum2DDiameterRow"), 1e-9);
        assertEquals(2, t.get("shape_MajorAxisLength"), 1e-9);
        assertEquals(2, t.get("shape_LeastAxisLength"), 1e-9);
        assertEquals(1, t.get("shape_Elongation"), 1e-9);
        assertEquals(1, t.get("shape_Flatness"), 1e-9);
    }

    @Test
    void elongatedBoxAxesAndPlaneDiameters() {
        // 4 x 1 x 1 voxels along x (1 mm): centres x = 0..3, 1/N variance = 1.25, so major = 4 sqrt(1.25) = 4.472;
        // y, z variance 0 -> minor = least = 0, elongation 0. In-plane (equal x) diameter: the cross-section of
        // the mesh at x = 0 or 3 ... the extreme x = -0.5 / 3.5 is a single vertex; at x = 0..3 the section is the
        // diamond (0, +-0.5, 0), (0, 0, +-0.5): diameter 1.
        Geometry g = Geometry.of(6, 3, 3, 1, 1, 1);
        boolean[] m = new boolean[54];
        for (int i = 1; i < 5; i++) m[g.index(i, 1, 1)] = true;
        PyRadiomicsShape s = new PyRadiomicsShape(RoiImage.of(g, new float[54], m));
        assertEquals(4 * Math.sqrt(1.25), s.axisLength(0), 1e-9);
        assertEquals(0, s.axisLength(1), 1e-6);
        assertEquals(1, s.maximum2dDiameter(0), 1e-9);
    }
}
