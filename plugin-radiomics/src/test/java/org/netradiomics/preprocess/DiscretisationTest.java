package org.netradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

class DiscretisationTest {
    private static final Geometry LINE = Geometry.of(6, 1, 1, 1, 1, 1);

    private static RoiImage roi(float... v) {
        boolean[] in = {true, true, true, true, true, false};
        return RoiImage.of(LINE, v, in);
    }

    @Test
    void fixedBinNumberHandComputed() {
        // min -10, max 30, Ng 4: floor(4 (x + 10) / 40) + 1 -> -10:1, 0:2, 9:2, 10:3, 30:4 (max -> Ng)
        DiscretisedImage d = Discretisation.fixedBinNumber(roi(-10, 0, 9, 10, 30, 99), 4);
        assertArrayEquals(new int[] {1, 2, 2, 3, 4, 0}, d.levels());
        assertEquals(4, d.levelCount());
    }

    @Test
    void fixedBinSizeStartsAtLowerBound() {
        // IBSI FBS, X_b = -500, w = 25: floor((x + 500) / 25) + 1 -> -500:1, -476:1, -475:2, 0:21, 24:21
        DiscretisedImage d = Discretisation.fixedBinSize(roi(-500, -476, -475, 0, 24, 0), 25, -500);
        assertArrayEquals(new int[] {1, 1, 2, 21, 21, 0}, d.levels());
        assertEquals(21, d.levelCount());
    }

    @Test
    void pyradiomicsBinWidthAlignsToMultiples() {
        // min 7, w 5: low edge floor(7/5)*5 = 5; 7:1, 10:2, 14:2, 15:3, 22:4 ; Ng = 4 (highest level)
        DiscretisedImage d = Discretisation.pyradiomicsBinWidth(roi(7, 10, 14, 15, 22, 0), 5);
        assertArrayEquals(new int[] {1, 2, 2, 3, 4, 0}, d.levels());
        assertEquals(4, d.levelCount());
        // negative minimum: -7 -> low edge -10; -7:1, -5:2, 0:3, 3:3, 5:4
        d = Discretisation.pyradiomicsBinWidth(roi(-7, -5, 0, 3, 5, 0), 5);
        assertArrayEquals(new int[] {1, 2, 3, 3, 4, 0}, d.levels());
    }

    @Test
    void badBinWidthIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Discretisation.fixedBinSize(roi(1, 2, 3, 4, 5, 6), 0, 0));
        assertTrue(e.getMessage().contains("bin width"));
    }

    @Test
    void rangeAndOutlierResegmentation() {
        Volume img = new Volume(LINE, new float[] {-600, -500, 0, 400, 401, 0});
        Mask all = new Mask(LINE, new boolean[] {true, true, true, true, true, false});
        assertArrayEquals(new boolean[] {false, true, true, true, false, false},
                Resegmentation.range(img, all, -500, 400).inside());
        assertArrayEquals(new boolean[] {false, false, true, true, true, false},
                Resegmentation.range(img, all, 0, Double.NaN).inside());
        // 9 voxels of 0 and one of 100: mean 10, SD 30 -> range [-80, 100]; k = 2 -> [-50, 70] drops the 100
        Geometry g = Geometry.of(10, 1, 1, 1, 1, 1);
        float[] v = new float[10];
        v[9] = 100;
        boolean[] in = new boolean[10];
        java.util.Arrays.fill(in, true);
        Mask m = new Mask(g, in);
        assertEquals(10, Resegmentation.outliers(new Volume(g, v), m, 3).count());
        assertEquals(9, Resegmentation.outliers(new Volume(g, v), m, 2).count());
    }

    @Test
    void cropKeepsBoundingBoxAndMargin() {
        Geometry g = Geometry.of(5, 5, 1, 1, 1, 1);
        boolean[] in = new boolean[25];
        in[g.index(2, 2, 0)] = true;
        in[g.index(3, 2, 0)] = true;
        float[] v = new float[25];
        for (int i = 0; i < 25; i++) v[i] = i;
        Mask m = new Mask(g, in);
        RoiImage r = RoiCropper.crop(new Volume(g, v), m, m, 0);
        assertArrayEquals(new int[] {2, 1, 1}, r.geometry().size());
        assertEquals(12f, r.intensities()[0]);
        RoiImage wide = RoiCropper.crop(new Volume(g, v), m, m, 1);
        assertArrayEquals(new int[] {4, 3, 1}, wide.geometry().size()); // x 1..4 (clamped), y 1..3
        assertEquals(2, wide.morphologicalVoxelCount());
    }

    @Test
    void emptyMaskAndGridMismatchAreRejected() {
        Geometry g = Geometry.of(3, 3, 1, 1, 1, 1);
        Volume img = new Volume(g, new float[9]);
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> RoiCropper.crop(img, Mask.empty(g), Mask.empty(g), 0));
        assertTrue(empty.getMessage().contains("empty"));
        Mask other = Mask.empty(Geometry.of(3, 3, 1, 2, 1, 1));
        InvalidInputException grid = assertThrows(InvalidInputException.class,
                () -> Resegmentation.range(img, other, 0, 1));
        assertTrue(grid.getMessage().startsWith("mask grid differs from image grid"));
    }

    @Test
    void pyradiomicsResegmentModes() {
        // ROI values 0, 10, 20, 30, 40: max 40, mean 20, population SD sqrt(200) = 14.142
        Volume img = new Volume(LINE, new float[] {0, 10, 20, 30, 40, 1000});
        Mask m = new Mask(LINE, new boolean[] {true, true, true, true, true, false});
        // absolute [10, 30] -> 3 voxels; relative {0.5} -> >= 20 -> 3; sigma [-1, 1] -> [5.86, 34.14] -> 3
        assertEquals(3, PyRadiomicsResegmentation.resegment(img, m, new double[] {10, 30},
                PyRadiomicsResegmentation.Mode.ABSOLUTE).count());
        assertEquals(3, PyRadiomicsResegmentation.resegment(img, m, new double[] {0.5},
                PyRadiomicsResegmentation.Mode.RELATIVE).count());
        assertArrayEquals(new boolean[] {false, true, true, true, false, false}, PyRadiomicsResegmentation
                .resegment(img, m, new double[] {-1, 1}, PyRadiomicsResegmentation.Mode.SIGMA).inside());
        assertThrows(InvalidInputException.class, () -> PyRadiomicsResegmentation.resegment(img, m,
                new double[] {500}, PyRadiomicsResegmentation.Mode.ABSOLUTE));
    }
}
