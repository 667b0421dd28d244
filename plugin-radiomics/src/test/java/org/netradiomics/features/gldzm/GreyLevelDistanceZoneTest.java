package org.netradiomics.features.gldzm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.firstorder.DigitalPhantomFixture;
import org.netradiomics.features.texture.TextureSpace;

/** GLDZM against the IBSI digital phantom, and the border distance map by hand. */
class GreyLevelDistanceZoneTest {

    @Test
    void digitalPhantom() {
        DiscretisedImage levels = DigitalPhantomFixture.levels(DigitalPhantomFixture.roi());
        FeatureTable t = new GreyLevelDistanceZone().ibsiFeatures(levels, EnumSet.allOf(TextureSpace.class));
        Map<String, double[]> refs = DigitalPhantomFixture.references("dzm_");
        int checked = DigitalPhantomFixture.assertAll(t, refs);
        System.out.println("IBSI digital phantom GLDZM: " + checked + "/" + refs.size() + " tags within tolerance");
        assertEquals(48, checked);
    }

    @Test
    void borderDistanceByHand() {
        // a 5 x 5 square: edge ring 1, next ring 2, centre 3 (4-connected steps to the outside)
        boolean[] mask = new boolean[25];
        java.util.Arrays.fill(mask, true);
        int[] d = BorderDistance.of(mask, 5, 5, 1, true);
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 2, 3, 2, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1}, d);
    }
}
