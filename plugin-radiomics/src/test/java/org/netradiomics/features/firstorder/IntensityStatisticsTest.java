package org.netradiomics.features.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

class IntensityStatisticsTest {
    @Test
    void digitalPhantomMatchesIbsiReferences() {
        RoiImage roi = DigitalPhantomFixture.roi();
        assertEquals(18, DigitalPhantomFixture.assertAll(new IntensityStatistics(roi).ibsiFeatures(),
                DigitalPhantomFixture.references("stat_")));
    }

    @Test
    void pyradiomicsKurtosisIsNotExcessAndPercentilesInterpolateLinearly() {
        // Sample 1,2,3,4 (one voxel each, levels = values): mean 2.5, m2 = (2.25+0.25+0.25+2.25)/4 = 1.25,
        // m4 = (5.0625*2 + 0.0625*2)/4 = 2.5625, kurtosis = 2.5625 / 1.5625 = 1.64.
        // numpy.percentile([1,2,3,4], 10) = 1 + 0.3*(2-1) = 1.3; 90 -> 3.7. Energy with shift 10: 121+144+169+196 = 630.
        // Entropy of 4 equally likely levels = 2 bits; uniformity = 4 * 1/16 = 0.25.
        Geometry g = Geometry.of(4, 1, 1, 2, 2, 2);
        float[] x = {1, 2, 3, 4};
        boolean[] m = {true, true, true, true};
        RoiImage roi = RoiImage.of(g, x, m);
        DiscretisedImage d = new DiscretisedImage(g, new int[] {1, 2, 3, 4}, 4);
        var t = new PyRadiomicsFirstOrder(roi, d, 10).pyradiomicsFeatures();
        assertEquals(1.64, t.get("firstorder_Kurtosis"), 1e-12);
        assertEquals(1.3, t.get("firstorder_10Percentile"), 1e-12);
        assertEquals(3.7, t.get("firstorder_90Percentile"), 1e-12);
        assertEquals(630, t.get("firstorder_Energy"), 1e-9);
        assertEquals(630 * 8, t.get("firstorder_TotalEnergy"), 1e-9);
        assertEquals(2, t.get("firstorder_Entropy"), 1e-9);
        assertEquals(0.25, t.get("firstorder_Uniformity"), 1e-12);
        assertEquals(1.25, t.get("firstorder_Variance"), 1e-12);
        assertEquals(0, t.get("firstorder_Skewness"), 1e-12);
        // rMAD: values within [1.3, 3.7] are 2, 3 -> mean 2.5, mean |dev| = 0.5.
        assertEquals(0.5, t.get("firstorder_RobustMeanAbsoluteDeviation"), 1e-12);
        assertEquals(19, t.size());
    }

    @Test
    void emptyRoiIsRejectedAndOneVoxelGivesZeroSpread() {
        Geometry g = Geometry.of(2, 1, 1, 1, 1, 1);
        RoiImage empty = RoiImage.of(g, new float[] {1, 2}, new boolean[] {false, false});
        assertThrows(InvalidInputException.class, () -> new IntensityStatistics(empty));
        var one = new IntensityStatistics(RoiImage.of(g, new float[] {5, 2}, new boolean[] {true, false}));
        assertEquals(0, one.variance());
        assertEquals(0, one.skewness());
        assertEquals(5, one.p90());
    }
}
