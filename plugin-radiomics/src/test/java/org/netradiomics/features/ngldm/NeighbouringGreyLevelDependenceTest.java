package org.netradiomics.features.ngldm;

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

/** NGLDM against the IBSI digital phantom; PyRadiomics GLDM (with gldm_a) by hand. */
class NeighbouringGreyLevelDependenceTest {

    @Test
    void digitalPhantom() {
        DiscretisedImage levels = DigitalPhantomFixture.levels(DigitalPhantomFixture.roi());
        FeatureTable t = new NeighbouringGreyLevelDependence().ibsiFeatures(levels, EnumSet.allOf(TextureSpace.class));
        Map<String, double[]> refs = DigitalPhantomFixture.references("ngl_");
        int checked = DigitalPhantomFixture.assertAll(t, refs);
        System.out.println("IBSI digital phantom NGLDM: " + checked + "/" + refs.size() + " tags within tolerance");
        assertEquals(51, checked);
    }

    @Test
    void pyradiomicsByHand() {
        // row (1, 2, 2): dependences (α = 0): voxel 1 -> 1; voxel 2a -> 2 (one equal neighbour); 2b -> 2.
        // Matrix: (1,1) = 1, (2,2) = 2; N = 3. SmallDependenceEmphasis = (1/1 + 2/4)/3 = 0.5;
        // LargeDependenceEmphasis = (1 + 8)/3 = 3; GrayLevelNonUniformity = (1 + 4)/3 = 5/3.
        // With gldm_a = 1 every neighbour counts: dependences 2, 3, 2: LargeDependenceEmphasis = (4 + 9 + 4)/3.
        DiscretisedImage row = new DiscretisedImage(Geometry.of(3, 1, 1, 1, 1, 1), new int[] {1, 2, 2}, 2);
        NeighbouringGreyLevelDependence gldm = new NeighbouringGreyLevelDependence();
        FeatureTable t = gldm.pyradiomicsFeatures(row, PyRadiomicsTextureOptions.defaults());
        assertEquals(0.5, t.get("SmallDependenceEmphasis"), 1e-12);
        assertEquals(3, t.get("LargeDependenceEmphasis"), 1e-12);
        assertEquals(5.0 / 3, t.get("GrayLevelNonUniformity"), 1e-12);
        FeatureTable a1 = gldm.pyradiomicsFeatures(row, new PyRadiomicsTextureOptions(new int[] {1}, false, 0, true, 1));
        assertEquals(17.0 / 3, a1.get("LargeDependenceEmphasis"), 1e-12);
        assertEquals(14, t.size());
    }
}
