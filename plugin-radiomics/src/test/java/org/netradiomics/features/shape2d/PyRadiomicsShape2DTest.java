package org.netradiomics.features.shape2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

class PyRadiomicsShape2DTest {
    @Test
    void twoByTwoSquare() {
        // 2x2 pixels of 1 mm, padded. Cells between pixel centres: centre cell 1, 4 edge cells 1/2, 4 corner cells
        // 1/8 -> A = 1 + 2 + 0.5 = 3.5. Perimeter: 4 straight unit segments + 4 corner cuts of sqrt(0.5) = 6.828.
        // Vertices (centred): (+-1, +-0.5), (+-0.5, +-1): max diameter (1, .5) to (-1, -.5) = sqrt 5.
        // Pixel centres +-0.5: variance 0.25 per axis -> axis lengths 2, elongation 1.
        Geometry g = Geometry.of(4, 4, 1, 1, 1, 1);
        boolean[] m = new boolean[16];
        for (int j = 1; j < 3; j++) for (int i = 1; i < 3; i++) m[g.index(i, j, 0)] = true;
        var t = new PyRadiomicsShape2D(RoiImage.of(g, new float[16], m)).pyradiomicsFeatures();
        assertEquals(3.5, t.get("shape2D_MeshSurface"), 1e-12);
        assertEquals(4, t.get("shape2D_PixelSurface"), 1e-12);
        assertEquals(4 + 4 * Math.sqrt(0.5), t.get("shape2D_Perimeter"), 1e-12);
        assertEquals(2 * Math.sqrt(Math.PI * 3.5) / (4 + 4 * Math.sqrt(0.5)), t.get("shape2D_Sphericity"), 1e-12);
        assertEquals(Math.sqrt(5), t.get("shape2D_MaxDiameter"), 1e-12);
        assertEquals(2, t.get("shape2D_MajorAxisLength"), 1e-12);
        assertEquals(1, t.get("shape2D_Elongation"), 1e-12);
    }

    @Test
    void discApproachesCircleAndMultiSliceIsRejected() {
        // disc of radius 20 px: A -> pi r^2 = 1256.6 within 1 %. The contour uses only axis-parallel and 45-degree
        // segments, which overestimate a smooth curve's length by ~5.5 % on average over directions: expect
        // 2 pi r * [1.0, 1.07], not 2 pi r itself.
        int n = 50;
        Geometry g = Geometry.of(n, n, 1, 1, 1, 1);
        boolean[] m = new boolean[n * n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) m[g.index(i, j, 0)] = Math.hypot(i - 24.5, j - 24.5) <= 20;
        var s = new PyRadiomicsShape2D(RoiImage.of(g, new float[n * n], m));
        assertEquals(Math.PI * 400, s.meshSurface(), 0.01 * Math.PI * 400);
        assertEquals(2 * Math.PI * 20 * 1.035, s.perimeter(), 0.035 * 2 * Math.PI * 20);
        Geometry g3 = Geometry.of(2, 2, 2, 1, 1, 1);
        assertThrows(InvalidInputException.class, () -> new PyRadiomicsShape2D(RoiImage.of(g3, new float[8], new boolean[8])));
    }
}
