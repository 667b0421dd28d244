package org.netradiomics.features.glcm;

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

/** GLCM against the IBSI digital phantom consensus values (all six aggregations) and PyRadiomics by hand. */
class GreyLevelCooccurrenceTest {

    @Test
    void digitalPhantomAllAggregations() {
        DiscretisedImage levels = DigitalPhantomFixture.levels(DigitalPhantomFixture.roi());
        FeatureTable t = new GreyLevelCooccurrence().ibsiFeatures(levels, EnumSet.allOf(TextureSpace.class));
        Map<String, double[]> refs = DigitalPhantomFixture.references("cm_");
        int checked = DigitalPhantomFixture.assertAll(t, refs);
        System.out.println("IBSI digital phantom GLCM: " + checked + "/" + refs.size() + " tags within tolerance");
        assertEquals(150, checked);
    }

    @Test
    void pyradiomicsHandComputedTwoByTwo() {
        // One slice 2 x 1: levels (1, 2). force2D: in-plane angles limited by the box size 2 x 1 x 1 -> only (1,0,0).
        // Symmetric GLCM counts: (1,2) and (2,1) -> p = [[0, .5], [.5, 0]]. JointAverage = 1.5, Contrast = 1,
        // JointEnergy = 0.5, JointEntropy = 1 bit, Correlation = Σ(i−1.5)(j−1.5)p / (0.5·0.5) = −0.25/0.25 = −1,
        // Idn = p(k=1)/(1 + 1/2) = 2/3 (N_g = 2), Imc1 = (HXY − HXY1)/HX = (1 − 2)/1 = −1,
        // Imc2 = √(1 − e^{−2(2 − 1)}) = √(1 − e^{−2}).
        DiscretisedImage two = new DiscretisedImage(Geometry.of(2, 1, 1, 1, 1, 1), new int[] {1, 2}, 2);
        FeatureTable t = new GreyLevelCooccurrence().pyradiomicsFeatures(two, PyRadiomicsTextureOptions.defaults());
        assertEquals(1.5, t.get("JointAverage"), 1e-12);
        assertEquals(1, t.get("Contrast"), 1e-12);
        assertEquals(0.5, t.get("JointEnergy"), 1e-12);
        assertEquals(1, t.get("JointEntropy"), 1e-12);
        assertEquals(-1, t.get("Correlation"), 1e-12);
        assertEquals(2.0 / 3, t.get("Idn"), 1e-12);
        assertEquals(-1, t.get("Imc1"), 1e-12);
        assertEquals(Math.sqrt(1 - Math.exp(-2)), t.get("Imc2"), 1e-12);
        // MCC: Q = [[1, 0], [0, 1]]... p_ik p_jk / (p_x p_y): Q_11 = .5·.5/(.5·.5) = 1 (k = 2), Q_12 = 0 -> eigen 1, 1
        assertEquals(1, t.get("MCC"), 1e-12);
        assertEquals(24, t.size());
    }
}
