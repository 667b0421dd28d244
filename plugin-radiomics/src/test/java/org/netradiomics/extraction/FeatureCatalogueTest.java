package org.netradiomics.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FeatureCatalogueTest {

    /**
     * Feature counts per class from PyRadiomics' documentation and its shape class: firstorder 19, glcm 24, glrlm 16,
     * glszm 16, gldm 14, ngtdm 5; shape 17 methods of which three are deprecated (Compactness1, Compactness2,
     * SphericalDisproportion), shape2D 10 of which one is (SphericalDisproportion). Deprecated features are not
     * written by PyRadiomics 3.1 unless asked for, nor by this engine.
     */
    @Test
    void classesHoldThePyRadiomicsFeatureCounts() {
        Map<String, Integer> expected = Map.of("firstorder", 19, "shape", 17 - 3, "shape2D", 10 - 1, "glcm", 24,
                "glrlm", 16, "glszm", 16, "gldm", 14, "ngtdm", 5);
        Map<String, java.util.List<String>> c = FeatureCatalogue.byClass();
        assertEquals(expected.keySet(), c.keySet());
        expected.forEach((k, n) -> assertEquals(n, c.get(k).size(), k));
    }

    @Test
    void namesAreSpelledAsPyRadiomicsSpellsThem() {
        // the TALENT signature (studies.md) and a few names whose spelling differs from IBSI's
        assertTrue(FeatureCatalogue.computes("glcm", "Imc1"));
        assertTrue(FeatureCatalogue.computes("glrlm", "LongRunLowGrayLevelEmphasis"));
        assertTrue(FeatureCatalogue.computes("firstorder", "90Percentile"));
        assertTrue(FeatureCatalogue.computes("shape", "Flatness"));
        assertTrue(FeatureCatalogue.computes("shape2D", "MaxDiameter"));
        assertFalse(FeatureCatalogue.computes("glcm", "SumVariance"));      // removed from PyRadiomics
        assertFalse(FeatureCatalogue.computes("shape", "Compactness1"));    // deprecated, not written
        assertFalse(FeatureCatalogue.computes("glcm", "imc1"));             // case matters
        assertFalse(FeatureCatalogue.computes("wavelet", "Imc1"));
    }
}
