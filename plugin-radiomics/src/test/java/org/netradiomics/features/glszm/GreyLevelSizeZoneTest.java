package org.netradiomics.features.glszm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.firstorder.DigitalPhantomFixture;
import org.netradiomics.features.texture.PyRadiomicsTextureOptions;
import org.netradiomics.features.texture.TextureSpace;
import org.netradiomics.volume.Geometry;

/** GLSZM against the IBSI digital phantom (2D, 2.5D, 3D) and PyRadiomics by hand. */
class GreyLevelSizeZoneTest {

    @Test
    void digitalPhantom() {
        DiscretisedImage levels = DigitalPhantomFixture.levels(DigitalPhantomFixture.roi());
        FeatureTable t = new GreyLevelSizeZone().ibsiFeatures(levels, EnumSet.allOf(TextureSpace.class));
        Map<String, double[]> refs = DigitalPhantomFixture.references("szm_");
        int checked = DigitalPhantomFixture.assertAll(t, refs);
        System.out.println("IBSI digital phantom GLSZM: " + checked + "/" + refs.size() + " tags within tolerance");
        assertEquals(48, checked);
    }

    @Test
    void pyradiomicsByHand() {
        // 2 x 2 x 1 with levels (1 1 / 2 1): zones: level 1 size 3 (8-connected), level 2 size 1. N_s = 2, N_v = 4.
        // SmallAreaEmphasis = (1/9 + 1)/2 = 5/9; LargeAreaEmphasis = (9 + 1)/2 = 5; ZonePercentage = 0.5;
        // LowGrayLevelZoneEmphasis = (1 + 1/4)/2 = 0.625; ZoneEntropy = 1 bit.
        DiscretisedImage img = new DiscretisedImage(Geometry.of(2, 2, 1, 1, 1, 1), new int[] {1, 1, 2, 1}, 2);
        FeatureTable t = new GreyLevelSizeZone().pyradiomicsFeatures(img, PyRadiomicsTextureOptions.defaults());
        assertEquals(5.0 / 9, t.get("SmallAreaEmphasis"), 1e-12);
        assertEquals(5, t.get("LargeAreaEmphasis"), 1e-12);
        assertEquals(0.5, t.get("ZonePercentage"), 1e-12);
        assertEquals(0.625, t.get("LowGrayLevelZoneEmphasis"), 1e-12);
        assertEquals(1, t.get("ZoneEntropy"), 1e-12);
        assertEquals(16, t.size());
    }
}
