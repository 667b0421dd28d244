package org.netradiomics.deep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * SliceCrop on a 9 x 9 x 3 volume with HU = 10 i + 100 j + 1000 k - 500, checked against values worked out by hand.
 * The lesion: slice 0 one voxel (4, 4); slice 1 the block i 3..5, j 2..6 (15 voxels, the largest); slice 2 the
 * block i 4..5, j 4..5. In slice 1 the bounding box is 3 x 5 mm (1 mm pixels), centred on (4, 4).
 */
class SliceCropTest {
    private static final double EPS = 1e-6;

    static Volume image(double si, double sj) {
        Geometry g = Geometry.of(9, 9, 3, si, sj, 2);
        float[] v = new float[g.voxelCount()];
        for (int k = 0; k < 3; k++)
            for (int j = 0; j < 9; j++)
                for (int i = 0; i < 9; i++)
                    v[g.index(i, j, k)] = 10 * i + 100 * j + 1000 * k - 500;
        return new Volume(g, v);
    }

    static Mask lesion(Geometry g) {
        boolean[] in = new boolean[g.voxelCount()];
        in[g.index(4, 4, 0)] = true;
        for (int j = 2; j <= 6; j++)
            for (int i = 3; i <= 5; i++)
                in[g.index(i, j, 1)] = true;
        for (int j = 4; j <= 5; j++)
            for (int i = 4; i <= 5; i++)
                in[g.index(i, j, 2)] = true;
        return new Mask(g, in);
    }

    /**
     * Window 900 / 1000 (400..1400 HU): in slice 1, w = (10 i + 100 j + 100) / 1000 = 0.01 i + 0.1 j + 0.1, never
     * clipped. Crop: 5 mm + 2 x 0.5 mm margin = 6 mm onto 4 x 4, so the sample offsets are (q + 0.5) 1.5 - 3 =
     * -2.25, -0.75, 0.75, 2.25 mm and the samples sit at i, j = 1.75, 3.25, 4.75, 6.25.
     */
    static Map<String, Object> base() {
        Map<String, Object> m = new HashMap<>();
        m.put("window", Map.of("level", 900, "width", 1000));
        m.put("crop", Map.of("mode", "bounding-box", "marginMm", 0.5));
        m.put("outputSize", List.of(4, 4));
        m.put("channels", 1);
        m.put("featureCount", 2);
        return m;
    }

    static DeepFeatureSettings settings(Map<String, Object> m) {
        return DeepFeatureSettings.fromMap(m, "test");
    }

    private static final double[] AT = {1.75, 3.25, 4.75, 6.25};

    @Test
    void bilinearCropOfALinearSliceIsExact() {
        Volume img = image(1, 1);
        SliceTensor t = SliceCrop.of(img, lesion(img.geometry()), settings(base()));
        assertArrayEquals(new long[] {1, 1, 4, 4}, t.shape());
        assertEquals(1, t.slice(), "the slice with most mask voxels");
        assertEquals(4.0, t.centreI(), EPS);
        assertEquals(4.0, t.centreJ(), EPS);
        assertEquals(6.0, t.sideMm(), EPS);
        // corners by hand: 0.0175 + 0.175 + 0.1 and 0.0625 + 0.625 + 0.1
        assertEquals(0.2925, t.get(0, 0, 0), EPS);
        assertEquals(0.7875, t.get(0, 3, 3), EPS);
        // row r runs along j, column q along i: (r 0, q 3) = 0.0625 + 0.175 + 0.1
        assertEquals(0.3375, t.get(0, 0, 3), EPS);
        for (int r = 0; r < 4; r++)
            for (int q = 0; q < 4; q++)
                assertEquals(0.01 * AT[q] + 0.1 * AT[r] + 0.1, t.values()[r * 4 + q], EPS, "r " + r + " q " + q);
    }

    @Test
    void maskingBeforeResamplingBlendsTheBorder() {
        Map<String, Object> m = base();
        m.put("maskOutside", true);
        Volume img = image(1, 1);
        SliceTensor t = SliceCrop.of(img, lesion(img.geometry()), settings(m));
        // (r 0, q 1) at i 3.25, j 1.75: of (3,1) (4,1) (3,2) (4,2) only the j = 2 pair is inside;
        // 0.75 x (0.75 w(3,2) + 0.25 w(4,2)) = 0.75 x (0.75 x 0.33 + 0.25 x 0.34) = 0.249375
        assertEquals(0.249375, t.get(0, 0, 1), EPS);
        // all four neighbours inside: the unmasked value
        assertEquals(0.4575, t.get(0, 1, 1), EPS);
        assertEquals(0.4725, t.get(0, 1, 2), EPS);
        assertEquals(0.6225, t.get(0, 2, 2), EPS);
        // columns at i 1.75 and 6.25 have no neighbour inside i 3..5
        for (int r = 0; r < 4; r++) {
            assertEquals(0, t.get(0, r, 0), EPS);
            assertEquals(0, t.get(0, r, 3), EPS);
        }
        // (r 3, q 1) at j 6.25: 0.75 x (0.75 w(3,6) + 0.25 w(4,6)) = 0.75 x (0.75 x 0.73 + 0.25 x 0.74) = 0.549375
        assertEquals(0.549375, t.get(0, 3, 1), EPS);
    }

    /**
     * Window 940 / 200 (840..1040 HU), fixed 5 mm side onto 2 x 2 nearest: offsets -1.25, 1.25 mm, i.e. i, j = 2.75
     * and 5.25, nearest pixels 3 and 5: HU 830 (clipped to 0), 850 (0.05), 1030 (0.95), 1050 (clipped to 1). Three
     * channels with ImageNet's mean and SD.
     */
    @Test
    void windowClipsNearestSamplesAndImageNetNormalisesPerChannel() {
        Map<String, Object> m = base();
        m.put("window", Map.of("level", 940, "width", 200));
        m.put("crop", Map.of("mode", "fixed", "sideMm", 5));
        m.put("outputSize", List.of(2, 2));
        m.put("interpolation", "nearest");
        m.put("channels", 3);
        m.put("normalisation", Map.of("mode", "mean-std", "mean", List.of(0.485, 0.456, 0.406), "std",
                List.of(0.229, 0.224, 0.225)));
        Volume img = image(1, 1);
        SliceTensor t = SliceCrop.of(img, lesion(img.geometry()), settings(m));
        assertArrayEquals(new long[] {1, 3, 2, 2}, t.shape());
        double[] grey = {0, 0.05, 0.95, 1}; // (r 0, q 0), (0, 1), (1, 0), (1, 1)
        double[] mean = {0.485, 0.456, 0.406}, sd = {0.229, 0.224, 0.225};
        for (int c = 0; c < 3; c++)
            for (int p = 0; p < 4; p++)
                assertEquals((grey[p] - mean[c]) / sd[c], t.values()[c * 4 + p], 1e-5, "c " + c + " p " + p);
        assertEquals(-2.117904, t.get(0, 0, 0), 1e-5); // -0.485 / 0.229
        assertEquals(2.64, t.get(2, 1, 1), 1e-5); // (1 - 0.406) / 0.225
    }

    /** z-score of the linear 4 x 4 crop: mean 0.54, variance (0.01^2 + 0.1^2) x 2.8125 (2.8125 = var of the offsets). */
    @Test
    void zScoreOverTheCrop() {
        Map<String, Object> m = base();
        m.put("normalisation", Map.of("mode", "z-score"));
        m.put("channels", 3);
        Volume img = image(1, 1);
        SliceTensor t = SliceCrop.of(img, lesion(img.geometry()), settings(m));
        double sd = Math.sqrt(0.0101 * 2.8125);
        assertEquals((0.2925 - 0.54) / sd, t.get(0, 0, 0), 1e-5);
        assertEquals((0.7875 - 0.54) / sd, t.get(2, 3, 3), 1e-5);
        double sum = 0, ss = 0;
        for (int p = 0; p < 16; p++) {
            sum += t.get(1, p / 4, p % 4);
            ss += t.get(1, p / 4, p % 4) * t.get(1, p / 4, p % 4);
        }
        assertEquals(0, sum / 16, 1e-6);
        assertEquals(1, ss / 16, 1e-5);
    }

    /** Spacing 0.5 x 1 mm: the box is 1.5 x 5 mm, side still 6 mm, so along i the samples are 0.5 mm apart in index. */
    @Test
    void anisotropicPixelsSampleTheSquareInMillimetres() {
        Volume img = image(0.5, 1);
        SliceTensor t = SliceCrop.of(img, lesion(img.geometry()), settings(base()));
        assertEquals(6.0, t.sideMm(), EPS);
        // q 1, 2 at i = 4 -/+ 0.75 / 0.5 = 2.5, 5.5: linear again
        assertEquals(0.025 + 0.175 + 0.1, t.get(0, 0, 1), EPS);
        assertEquals(0.055 + 0.625 + 0.1, t.get(0, 3, 2), EPS);
        // q 0 at i = -0.5: half of pixel 0 (0.175 + 0.1), half outside the image (0)
        assertEquals(0.1375, t.get(0, 0, 0), EPS);
    }

    @Test
    void givenSliceIndexAndItsErrors() {
        Volume img = image(1, 1);
        Mask lesion = lesion(img.geometry());
        Map<String, Object> m = base();
        m.put("slice", "index");
        m.put("sliceIndex", 2);
        SliceTensor t = SliceCrop.of(img, lesion, settings(m));
        assertEquals(2, t.slice());
        assertEquals(4.5, t.centreI(), EPS); // box i 4..5, j 4..5, side 2 + 1 = 3 mm
        assertEquals(3.0, t.sideMm(), EPS);
        // slice 2: w = (10 i + 100 j + 1100) / 1000, clipped at 1 from j >= 0
        assertEquals(1.0, t.get(0, 0, 0), EPS);

        m.put("sliceIndex", 3);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SliceCrop.of(img, lesion, settings(m)));
        assertTrue(e.getMessage().contains("slice index 3 is outside the image (slices 0 to 2)"), e.getMessage());

        boolean[] in = lesion.inside().clone();
        in[img.geometry().index(4, 4, 0)] = false;
        m.put("sliceIndex", 0);
        e = assertThrows(InvalidInputException.class,
                () -> SliceCrop.of(img, new Mask(img.geometry(), in), settings(m)));
        assertTrue(e.getMessage().contains("no voxel in slice 0; the lesion lies in slices 1 to 2"), e.getMessage());

        e = assertThrows(InvalidInputException.class,
                () -> SliceCrop.of(img, Mask.empty(img.geometry()), settings(base())));
        assertTrue(e.getMessage().contains("mask is empty"), e.getMessage());

        Volume other = image(0.7, 1);
        e = assertThrows(InvalidInputException.class, () -> SliceCrop.of(other, lesion, settings(base())));
        assertTrue(e.getMessage().contains("not on the image's grid"), e.getMessage());
    }

    @Test
    void tiesGoToTheLowestSlice() {
        Geometry g = Geometry.of(3, 3, 3, 1, 1, 1);
        boolean[] in = new boolean[27];
        in[g.index(1, 1, 1)] = true;
        in[g.index(0, 0, 2)] = true;
        assertEquals(1, SliceCrop.slice(new Mask(g, in), settings(base())));
    }

    /**
     * Keys' cubic convolution with a = -0.5 reproduces quadratics exactly, where bilinear does not: on the plane
     * f(i, j) = 0.01 i^2 + 0.02 j (values 0..1, away from the zero padding) samples at (4.3, 3.6) and (2.75, 5.5)
     * equal f there; bilinear at (4.3, 3.6) gives 0.01 (0.7 x 16 + 0.3 x 25) + 0.072 = 0.259 instead of 0.2569.
     */
    @Test
    void bicubicReproducesAQuadraticExactly() {
        Geometry g = Geometry.of(9, 9, 1, 1, 1, 1);
        double[] plane = new double[81];
        for (int j = 0; j < 9; j++)
            for (int i = 0; i < 9; i++)
                plane[i + 9 * j] = 0.01 * i * i + 0.02 * j;
        assertEquals(0.01 * 4.3 * 4.3 + 0.02 * 3.6, SliceCrop.bicubic(plane, g, 4.3, 3.6), 1e-12);
        assertEquals(0.01 * 2.75 * 2.75 + 0.02 * 5.5, SliceCrop.bicubic(plane, g, 2.75, 5.5), 1e-12);
        assertEquals(plane[4 + 9 * 3], SliceCrop.bicubic(plane, g, 4, 3), 1e-15);   // at a pixel centre: the pixel
    }

    @Test
    void bicubicCropOfALinearWindowEqualsTheBilinearOne() {
        // w = 0.01 i + 0.1 j + 0.1 is linear, so both interpolations give the same samples (interior only: the
        // 6 mm crop's samples at 1.75 .. 6.25 keep every 4 x 4 neighbourhood inside the 9 x 9 slice)
        Map<String, Object> bi = base();
        Map<String, Object> cubic = base();
        cubic.put("interpolation", "bicubic");
        Volume img = image(1, 1);
        Mask m = lesion(img.geometry());
        float[] a = SliceCrop.of(img, m, settings(bi)).values();
        float[] b = SliceCrop.of(img, m, settings(cubic)).values();
        assertArrayEquals(a, b, 1e-6f);
    }
}
