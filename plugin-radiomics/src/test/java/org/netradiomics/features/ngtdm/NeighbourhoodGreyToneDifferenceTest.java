package org.netradiomics.features.ngtdm;

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

/** NGTDM against the IBSI digital phantom and PyRadiomics conventions by hand. */
class NeighbourhoodGreyToneDifferenceTest {

    @Test
    void digitalPhantom() {
        DiscretisedImage levels = DigitalPhantomFixture.levels(DigitalPhantomFixture.roi());
        FeatureTable t = new NeighbourhoodGreyToneDifference().ibsiFeatures(levels, EnumSet.allOf(TextureSpace.class));
        Map<String, double[]> refs = DigitalPhantomFixture.references("ngt_");
        int checked = DigitalPhantomFixture.assertAll(t, refs);
        System.out.println("IBSI digital phantom NGTDM: " + checked + "/" + refs.size() + " tags within tolerance");
        assertEquals(15, checked);
    }

    @Test
    void pyradiomicsByHand() {
        // row (1, 2, 2) in 3 x 1 x 1: neighbours: voxel 1 -> {2}: |1−2| = 1; voxel 2a -> {1, 2}: |2 − 1.5| = 0.5;
        // voxel 2b -> {2}: 0. n = (1, 2), s = (1, 0.5), p = (1/3, 2/3). Σ p s = 1/3 + 1/3 = 2/3 -> Coarseness 1.5.
        // Contrast = [2 · (1/3)(2/3) · 1 / (2 · 1)] · (1.5 / 3) = (2/9)(1/2) = 1/9.
        // Strength = [2 · (1/3 + 2/3) · 1] / 1.5 = 4/3. Busyness = (2/3) / (2 |1/3 − 4/3|) = 1/3.
        DiscretisedImage row = new DiscretisedImage(Geometry.of(3, 1, 1, 1, 1, 1), new int[] {1, 2, 2}, 2);
        FeatureTable t = new NeighbourhoodGreyToneDifference().pyradiomicsFeatures(row,
                PyRadiomicsTextureOptions.defaults());
        assertEquals(1.5, t.get("Coarseness"), 1e-12);
        assertEquals(1.0 / 9, t.get("Contrast"), 1e-12);
        assertEquals(4.0 / 3, t.get("Strength"), 1e-12);
        assertEquals(1.0 / 3, t.get("Busyness"), 1e-12);
        // a flat ROI: PyRadiomics returns 10^6 for coarseness and 0 for contrast
        DiscretisedImage flat = new DiscretisedImage(Geometry.of(2, 1, 1, 1, 1, 1), new int[] {3, 3}, 3);
        FeatureTable f = new NeighbourhoodGreyToneDifference().pyradiomicsFeatures(flat,
                PyRadiomicsTextureOptions.defaults());
        assertEquals(1e6, f.get("Coarseness"));
        assertEquals(0, f.get("Contrast"));
    }
}
