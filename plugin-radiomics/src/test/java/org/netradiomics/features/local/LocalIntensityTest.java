package org.netradiomics.features.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.firstorder.DigitalPhantomFixture;
import org.netradiomics.volume.Geometry;

class LocalIntensityTest {
    @Test
    void digitalPhantomMatchesIbsiReferences() {
        assertEquals(2, DigitalPhantomFixture.assertAll(new LocalIntensity(DigitalPhantomFixture.roi()).ibsiFeatures(),
                DigitalPhantomFixture.references("loc_")));
    }

    @Test
    void marginCoversTheOneCubicCentimetreSphere() {
        // r = 10 * (3 / 4pi)^(1/3) = 6.2035 mm -> ceil(6.2035 / 2) = 4 voxels at 2 mm, 7 at 1 mm.
        assertEquals(6.2035, LocalIntensity.RADIUS_MM, 1e-4);
        assertArrayEquals(new int[] {4, 7, 4}, LocalIntensity.requiredMargin(Geometry.of(3, 3, 3, 2, 1, 2)));
    }
}
