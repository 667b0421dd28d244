package org.netradiomics.features.ivh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.firstorder.DigitalPhantomFixture;

class IntensityVolumeHistogramTest {
    @Test
    void digitalPhantomMatchesIbsiReferences() {
        assertEquals(6, DigitalPhantomFixture.assertAll(
                new IntensityVolumeHistogram(DigitalPhantomFixture.roi(), IvhOptions.levelsAsIs()).ibsiFeatures(),
                DigitalPhantomFixture.references("ivh_")));
    }

    @Test
    void fixedBinSizeRangeIncludesAbsentIntensities() {
        // values 0,0,10,20 with w = 10, G = [0, 40]: gamma = 0, .25, .5, .75, 1; nu = 1, .5, .25, 0, 0.
        // V10 = largest nu with gamma >= 0.1 = 0.5; V90 = 0; I10 = min i with nu <= 0.1 = 30; I90 = 10 (nu .5 <= .9).
        var h = new IntensityVolumeHistogram(new double[] {0, 0, 10, 20}, IvhOptions.fixedBinSize(10, 0, 40));
        assertEquals(0.5, h.volumeAtIntensityFraction(0.1), 1e-12);
        assertEquals(0, h.volumeAtIntensityFraction(0.9), 1e-12);
        assertEquals(30, h.intensityAtVolumeFraction(0.1), 1e-12);
        assertEquals(10, h.intensityAtVolumeFraction(0.9), 1e-12);
    }
}
