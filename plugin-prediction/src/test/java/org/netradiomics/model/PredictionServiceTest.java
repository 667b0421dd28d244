package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;

/**
 * {@link PredictionService#requirements} of bundled packages: the inputs, units, ranges and kinds written in the
 * study files {@code studies/talent-combined.json} and {@code studies/talent-radiomics.json} (read by hand).
 */
class PredictionServiceTest {
    private final PredictionService service = new StudyLibrary();

    @Test
    void talentCombinedNeedsRadscoreKi67AndPancreas() {
        List<InputSpec> in = service.requirements("talent-combined");
        assertEquals(List.of("RADscore", "ki67", "primary_pancreas"), in.stream().map(InputSpec::name).toList());

        InputSpec radscore = in.get(0);
        assertEquals(InputSpec.Kind.SCORE, radscore.kind());
        assertEquals("probability", radscore.unit());
        assertEquals(0, radscore.min());
        assertEquals(1, radscore.max());
        assertEquals("talent-radiomics", radscore.source());
        assertFalse(radscore.binary());
        assertFalse(radscore.standardised());

        InputSpec ki67 = in.get(1);
        assertEquals(InputSpec.Kind.CLINICAL, ki67.kind());
        assertEquals("%", ki67.unit());
        assertEquals(0, ki67.min());
        assertEquals(100, ki67.max());
        assertFalse(ki67.binary());
        assertFalse(ki67.standardised());

        InputSpec pancreas = in.get(2);
        assertEquals(InputSpec.Kind.CLINICAL, pancreas.kind());
        assertTrue(pancreas.binary());
        assertEquals("", pancreas.unit());
        assertTrue(Double.isNaN(pancreas.min()) && Double.isNaN(pancreas.max()), "no range beyond 0/1");
    }

    @Test
    void talentRadiomicsNeedsSixStandardisedFeaturesWithoutPublishedScaling() {
        List<InputSpec> in = service.requirements("talent-radiomics");
        assertEquals(List.of("original_shape_Flatness", "original_glcm_Imc1", "original_firstorder_90Percentile",
                "original_glrlm_LongRunLowGrayLevelEmphasis", "original_firstorder_Skewness",
                "original_shape_Sphericity"), in.stream().map(InputSpec::name).toList());
        for (InputSpec s : in) {
            assertEquals(InputSpec.Kind.FEATURE, s.kind(), s.name());
            assertTrue(s.standardised(), s.name());
            // the study did not publish its z-scoring mean and SD: a reference cohort supplies them
            assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.sd()), s.name());
        }
        assertEquals("HU", in.get(2).unit(), "90th percentile of intensities in Hounsfield units");
        assertEquals("", in.get(0).unit());
    }

    @Test
    void unknownStudyIsRefusedListingTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.requirements("talent"));
        assertTrue(e.getMessage().contains("available") && e.getMessage().contains("talent-combined"), e.getMessage());
    }
}
