package org.netradiomics.features.histogram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.RoiImage;
import org.netradiomics.features.firstorder.DigitalPhantomFixture;

class IntensityHistogramTest {
    @Test
    void digitalPhantomMatchesIbsiReferences() {
        RoiImage roi = DigitalPhantomFixture.roi();
        assertEquals(23, DigitalPhantomFixture.assertAll(
                new IntensityHistogram(DigitalPhantomFixture.levels(roi)).ibsiFeatures(),
                DigitalPhantomFixture.references("ih_")));
    }
}
