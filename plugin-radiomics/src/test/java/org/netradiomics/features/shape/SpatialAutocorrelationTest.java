package org.netradiomics.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;

/** Moran's I and Geary's C: the FFT convolution path equals direct summation over all voxel pairs (the definition). */
class SpatialAutocorrelationTest {

    @Test
    void convolutionEqualsDirectSummation() {
        SplittableRandom r = new SplittableRandom(3);
        Geometry g = Geometry.of(14, 11, 7, 0.8, 0.9, 2.5);
        float[] x = new float[g.voxelCount()];
        boolean[] m = new boolean[g.voxelCount()];
        for (int v = 0; v < x.length; v++) {
            int i = v % 14;
            x[v] = (float) (i * 3 + 20 * r.nextDouble());
            m[v] = r.nextDouble() < 0.6;
        }
        RoiImage roi = RoiImage.of(g, x, m);
        SpatialAutocorrelation direct = SpatialAutocorrelation.of(roi, Integer.MAX_VALUE);
        SpatialAutocorrelation fft = SpatialAutocorrelation.of(roi, 0);
        assertEquals(direct.moranI(), fft.moranI(), 1e-10 * Math.abs(direct.moranI()) + 1e-12);
        assertEquals(direct.gearyC(), fft.gearyC(), 1e-10 * Math.abs(direct.gearyC()));
    }
}
