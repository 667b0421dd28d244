package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The LNM pipeline trains end to end on a synthetic cohort and recovers its known signal. */
class LnmPipelineTest {

    @Test
    void recoversTheKnownSignal() {
        CohortTable cohort = SyntheticCohorts.lnm(400, 20, 5);
        // original_feature02 is made unreproducible (re-segmentation noise 2 SD) although it carries signal
        CohortTable reseg = SyntheticCohorts.resegmentation(cohort, 30, 0.2, List.of("original_feature02"), 6);
        LnmPipeline.Result r = LnmPipeline.train(cohort, LnmPipeline.Settings.defaults(reseg));
        System.out.printf("LNM synthetic: radiomics %s (mstop %d), deep %s (mstop %d); nomogram ORs %s; AUC RDPs "
                + "test %.3f, nomogram train %.3f test %.3f%n", r.radiomics().features(), r.radiomics().mstop(),
                r.deep().features(), r.deep().mstop(), java.util.Arrays.toString(r.nomogramOddsRatios()),
                r.rdpsTest().auc(), r.nomogramTrain().auc(), r.nomogramTest().auc());
        assertFalse(r.radiomics().reproducible().contains("original_feature02"), "ICC filter drops feature 2");
        assertTrue(r.radiomics().reproducible().size() >= 18, "stable features kept: " + r.radiomics().reproducible());
        assertTrue(r.radiomics().features().contains("original_feature01")
                || r.radiomics().features().contains("original_feature04"), r.radiomics().features().toString());
        assertTrue(r.deep().features().contains("deep_feature01") || r.deep().features().contains("deep_feature04"),
                r.deep().features().toString());
        // generated clinical log odds: vascular 1.2, perineural 0.6, grade 0.8 -> ORs > 1; RDPs OR > 1
        for (int k = 0; k < 4; k++) {
            assertTrue(r.nomogramOddsRatios()[k + 1] > 1, r.nomogramTerms().get(k) + " OR");
        }
        assertTrue(r.nomogramTest().auc() > 0.75, "nomogram test AUC " + r.nomogramTest().auc());
        assertTrue(r.nomogramTest().auc() > r.rdpsTest().auc() - 0.02);
    }
}
