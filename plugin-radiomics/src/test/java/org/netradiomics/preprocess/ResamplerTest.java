package org.netradiomics.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    private static Volume ramp(Geometry g, java.util.function.DoubleUnaryOperator f) {
        float[] v = new float[g.voxelCount()];
        for (int k = 0; k < g.nz(); k++)
            for (int j = 0; j < g.ny(); j++)
                for (int i = 0; i < g.nx(); i++) v[g.index(i, j, k)] = (float) f.applyAsDouble(i * g.spacing(0));
        return new Volume(g, v);
    }

    @Test
    void linearInterpolationOfARampIsExactInside() {
        Geometry g = Geometry.of(10, 3, 2, 1, 1, 1);
        Volume img = ramp(g, x -> 2 * x + 5);
        // target: spacing 0.5 along x starting at physical x = 1.25 (hand: value = 2 * x + 5)
        Geometry t = g.with(new int[] {10, 3, 2}, new double[] {0.5, 1, 1}, new double[] {1.25, 0, 0});
        Volume out = Resampler.resample(img, t, Interpolation.LINEAR);
        for (int i = 0; i < 10; i++) {
            assertEquals(2 * (1.25 + 0.5 * i) + 5, out.get(i, 1, 1), 1e-5);
        }
    }

    @Test
    void bsplineReproducesACubicInTheInterior() {
        // cubic B-splines reproduce polynomials up to degree 3 away from the (mirror) boundary
        Geometry g = Geometry.of(40, 1, 1, 1, 1, 1);
        java.util.function.DoubleUnaryOperator p = x -> 0.01 * x * x * x - 0.3 * x * x + 2 * x + 1;
        Volume img = ramp(g, p);
        Geometry t = g.with(new int[] {20, 1, 1}, new double[] {0.7, 1, 1}, new double[] {12.15, 0, 0});
        Volume out = Resampler.resample(img, t, Interpolation.BSPLINE);
        for (int i = 0; i < 20; i++) {
            double x = 12.15 + 0.7 * i;
            assertEquals(p.applyAsDouble(x), out.get(i, 0, 0), 1e-3 * Math.max(1, Math.abs(p.applyAsDouble(x))));
        }
    }

    @Test
    void bsplineInterpolatesTheSamplesAtGridPoints() {
        double[] s = {3, -1, 4, 1, -5, 9, 2, 6};
        double[] out = new double[s.length];
        LineResampler.resample(Interpolation.BSPLINE, s, out, 0, 1);
        for (int i = 0; i < s.length; i++) assertEquals(s[i], out[i], 1e-9);
    }

    @Test
    void nearestPicksTheClosestVoxel() {
        double[] s = {10, 20, 30, 40};
        double[] out = new double[5];
        // positions 0.4 -> 0, 0.9 -> 1, 1.4 -> 1, 1.9 -> 2, 2.4 -> 2 (hand)
        LineResampler.resample(Interpolation.NEAREST, s, out, 0.4, 0.5);
        assertEquals(10, out[0]);
        assertEquals(20, out[1]);
        assertEquals(20, out[2]);
        assertEquals(30, out[3]);
        assertEquals(30, out[4]);
    }

    @Test
    void ibsiGridOfCtPhantomConfigB() {
        // CT phantom: 204 x 201 x 60 voxels of 0.977 x 0.977 x 3 mm; config B resamples in-plane to 2 mm.
        // IBSI reference img_dim_*_interp_img for config_B: 100, 99, 60.
        Geometry g = Geometry.of(204, 201, 60, 0.977, 0.977, 3);
        Geometry t = GridAlignment.ibsiCentreAligned(g, new double[] {2, 2, 2}, true);
        assertEquals(100, t.nx());
        assertEquals(99, t.ny());
        assertEquals(60, t.nz());
        assertEquals(3, t.spacing(2));
        // centres coincide: (n-1) s / 2 from the respective origins
        double cOld = g.origin()[0] + 203 * 0.977 / 2, cNew = t.origin()[0] + 99 * 2.0 / 2;
        assertEquals(cOld, cNew, 1e-9);
    }

    @Test
    void maskInterpolationThresholdsAtHalf() {
        Geometry g = Geometry.of(4, 1, 1, 1, 1, 1);
        Mask m = new Mask(g, new boolean[] {false, true, true, false});
        Geometry t = g.with(new int[] {7, 1, 1}, new double[] {0.5, 1, 1}, new double[] {0, 0, 0});
        Mask r = Resampler.resampleMask(m, t, Interpolation.LINEAR, 0.5);
        // values at x = 0, .5, 1, 1.5, 2, 2.5, 3 : 0, .5, 1, 1, 1, .5, 0
        boolean[] expected = {false, true, true, true, true, true, false};
        for (int i = 0; i < 7; i++) assertEquals(expected[i], r.inside()[i], "x=" + i * 0.5);
    }

    @Test
    void rejectsNonPositiveSpacing() {
        Geometry g = Geometry.of(4, 4, 4, 1, 1, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> GridAlignment.ibsiCentreAligned(g, new double[] {0, 1, 1}, false));
        assertTrue(e.getMessage().contains("spacing"));
    }

    @Test
    void pyradiomicsGridFromBoundingBox() {
        // 20 voxels of 1 mm, mask at indices 5..8 (b = 5, w = 4), new spacing 2 mm (r = 0.5), padDistance 1:
        // lower = floor(4.5 * 0.5 - 1) = 1, upper = min(ceil(20 * .5) - 1, ceil(8.5 * .5 + 1)) = min(9, 6) = 6
        // -> 6 voxels; origin index 0.5 (2 - 1) / 1 + 1 / 0.5 = 2.5 -> x = 2.5 mm
        Geometry g = Geometry.of(20, 1, 1, 1, 1, 1);
        boolean[] in = new boolean[20];
        for (int i = 5; i <= 8; i++) in[i] = true;
        Geometry t = PyRadiomicsGrid.fromMaskBoundingBox(new Mask(g, in), new double[] {2, 0, 0}, 1);
        assertEquals(6, t.nx());
        assertEquals(1, t.ny());
        assertEquals(2.5, t.origin()[0], 1e-12);
        assertEquals(2, t.spacing(0));
        assertEquals(1, t.spacing(1));
    }
}
