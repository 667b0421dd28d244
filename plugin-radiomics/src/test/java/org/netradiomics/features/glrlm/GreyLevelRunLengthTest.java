package org.netradiomics.features.glrlm;

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

/** GLRLM against the IBSI digital phantom (all six aggregations) and PyRadiomics names by hand. */
class GreyLevelRunLengthTest {

    @Test
    void digitalPhantomAllAggregations() {
        DiscretisedImage levels = DigitalPhantomFixture.levels(DigitalPhantomFixture.roi());
        FeatureTable t = new GreyLevelRunLength().ibsiFeatures(levels, EnumSet.allOf(TextureSpace.class));
        Map<String, double[]> refs = DigitalPhantomFixture.references("rlm_");
        int checked = DigitalPhantomFixture.assertAll(t, refs);
        System.out.println("IBSI digital phantom GLRLM: " + checked + "/" + refs.size() + " tags within tolerance");
        assertEquals(96, checked);
    }

    @Test
    void pyradiomicsHandComputedRow() {
        // one row 3 x 1 x 1 with levels (1, 1, 2): only angle (1,0,0) fits the box. Runs: level 1 length 2,
        // level 2 length 1 -> N_s = 2, N_v = 3. SRE = (1/4 + 1/1)/2 = 0.625; LRE = (4 + 1)/2 = 2.5;
        // RunPercentage = 2/3; GLNU = (1² + 1²)/2 = 1; LowGrayLevelRunEmphasis = (1/1 + 1/4)/2 = 0.625;
        // LongRunLowGrayLevelEmphasis = (4/1 + 1/4)/2 = 2.125; RunEntropy = 1 bit.
        DiscretisedImage row = new DiscretisedImage(Geometry.of(3, 1, 1, 1, 1, 1), new int[] {1, 1, 2}, 2);
        FeatureTable t = new GreyLevelRunLength().pyradiomicsFeatures(row, PyRadiomicsTextureOptions.defaults());
        assertEquals(0.625, t.get("ShortRunEmphasis"), 1e-12);
        assertEquals(2.5, t.get("LongRunEmphasis"), 1e-12);
        assertEquals(2.0 / 3, t.get("RunPercentage"), 1e-12);
        assertEquals(1, t.get("GrayLevelNonUniformity"), 1e-12);
        assertEquals(0.625, t.get("LowGrayLevelRunEmphasis"), 1e-12);
        assertEquals(2.125, t.get("LongRunLowGrayLevelEmphasis"), 1e-12);
        assertEquals(1, t.get("RunEntropy"), 1e-12);
        assertEquals(16, t.size());
    }
}
