package org.netradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.RoiImage;
import org.netradiomics.features.firstorder.DigitalPhantomFixture;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

class MorphologyTest {
    @Test
    void digitalPhantomMatchesIbsiReferences() {
        Morphology mo = new Morphology(DigitalPhantomFixture.roi());
        assertEquals(25, DigitalPhantomFixture.assertAll(mo.ibsiFeatures(),
                DigitalPhantomFixture.references("morph_")));
    }

    @Test
    void twoByTwoByTwoCubeMesh() {
        // 2x2x2 voxels of 1 mm, padded. Marching cubes cells (unit cubes between voxel centres):
        // centre cell fully inside: V 1; 6 face cells cut at 1/2: V 6 * 0.5 = 3, A 6 * 1 = 6;
        // 12 edge cells: prism with right-triangle section legs 0.5: V 12 * 0.125 = 1.5, A 12 * sqrt(0.5);
        // 8 corner cells: tetrahedron legs 0.5: V 8 / 48, A 8 * (sqrt(3)/4) * 0.5.
        // V = 17/3 = 5.6667, A = 6 + 6 sqrt(2) + sqrt(3) = 16.217.
        Geometry g = Geometry.of(4, 4, 4, 1, 1, 1);
        boolean[] m = new boolean[64];
        for (int k = 1; k < 3; k++) for (int j = 1; j < 3; j++) for (int i = 1; i < 3; i++) m[g.index(i, j, k)] = true;
        SurfaceMesh mesh = SurfaceMesh.of(g, m);
        assertEquals(17.0 / 3, mesh.volume(), 1e-9);
        assertEquals(6 + 6 * Math.sqrt(2) + Math.sqrt(3), mesh.area(), 1e-9);
    }

    @Test
    void complementHasTheSameSurface() {
        // Ellipsoid R inside the box B of a padded 14^3 grid (anisotropic voxels), and its complement C = B \ R. The
        // triangulation is symmetric under exchanging inside and outside (SurfaceMesh class doc), so C's mesh is B's
        // box surface plus R's surface: V(C) = V(B) - V(R), A(C) = A(B) + A(R). Bulging outward everywhere (the
        // earlier maximum-volume fan) gives C a different surface around R.
        int n = 14;
        Geometry g = Geometry.of(n, n, n, 0.8, 1.1, 2.5);
        boolean[] box = new boolean[n * n * n], r = new boolean[n * n * n], c = new boolean[n * n * n];
        for (int k = 1; k < n - 1; k++) for (int j = 1; j < n - 1; j++) for (int i = 1; i < n - 1; i++) {
            int v = g.index(i, j, k);
            box[v] = true;
            double x = (i - 6.3) / 4.2, y = (j - 6.8) / 3.6, z = (k - 6.1) / 3.9;
            r[v] = x * x + y * y + z * z <= 1;
            c[v] = !r[v];
        }
        SurfaceMesh mb = SurfaceMesh.of(g, box), mr = SurfaceMesh.of(g, r), mc = SurfaceMesh.of(g, c);
        assertEquals(mb.volume() - mr.volume(), mc.volume(), 1e-9);
        assertEquals(mb.area() + mr.area(), mc.area(), 1e-9);
    }

    @Test
    void sphereVolumeAndSphericity() {
        // Ball of radius r = 12 voxels (1 mm): analytic V = 4/3 pi r^3 = 7238.2 mm^3. The marching-cubes surface
        // lies about half way between inside and outside voxel centres: allow 3 %. Sphericity of a sphere is 1;
        // the faceted mesh overestimates area by a few percent, so sphericity should be within [0.9, 1].
        int n = 30;
        double r = 12, c = 14.5;
        Geometry g = Geometry.of(n, n, n, 1, 1, 1);
        boolean[] m = new boolean[n * n * n];
        for (int k = 0; k < n; k++) for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) {
            m[g.index(i, j, k)] = (i - c) * (i - c) + (j - c) * (j - c) + (k - c) * (k - c) <= r * r;
        }
        Morphology morph = new Morphology(RoiImage.of(g, new float[n * n * n], m));
        assertEquals(4.0 / 3 * Math.PI * r * r * r, morph.volume(), 0.03 * 4.0 / 3 * Math.PI * r * r * r);
        double s = morph.sphericity();
        assertEquals(0.95, s, 0.05);
        // convex hull of a convex shape's mesh encloses it: density close to (but at most) 1
        assertEquals(0.97, morph.volume() / morph.convexHull().volume(), 0.03);
    }

    @Test
    void oneVoxelIsAnOctahedron() {
        // One 1 mm voxel: the mesh is the octahedron with vertices +-0.5 on each axis:
        // V = 4/3 * 0.5^3 = 1/6, A = 8 equilateral triangles of side sqrt(0.5) = 8 * sqrt(3)/4 * 0.5 = sqrt(3).
        // PCA of a single point: all eigenvalues 0 -> axis lengths 0, elongation/flatness 0/0 = NaN (documented).
        Geometry g = Geometry.of(1, 1, 1, 1, 1, 1);
        Morphology m = new Morphology(RoiImage.of(g, new float[] {3}, new boolean[] {true}));
        assertEquals(1.0 / 6, m.volume(), 1e-12);
        assertEquals(Math.sqrt(3), m.area(), 1e-12);
        assertEquals(0, m.majorAxisLength(), 1e-12);
        assertEquals(Double.NaN, m.elongation());
        assertEquals(1, m.maximumDiameter(), 1e-12);   // opposite vertices (+-0.5, 0, 0)
    }

    @Test
    void emptyMaskIsRejected() {
        Geometry g = Geometry.of(2, 2, 2, 1, 1, 1);
        assertThrows(InvalidInputException.class, () -> new Morphology(RoiImage.of(g, new float[8], new boolean[8])));
    }
}
