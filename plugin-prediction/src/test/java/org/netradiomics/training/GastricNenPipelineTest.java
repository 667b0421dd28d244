package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The gastric NEN pipeline trains end to end on a synthetic survival cohort and recovers its known signal. */
class GastricNenPipelineTest {

    @Test
    void recoversTheKnownSignal() {
        CohortTable cohort = SyntheticCohorts.survival(300, 25, 3);
        GastricNenPipeline.Result r = GastricNenPipeline.train(cohort, GastricNenPipeline.Settings.defaults());
        GastricNenPipeline.Signature sig = r.signatures().get(0);
        System.out.printf("gastric NEN synthetic: signature %s; combined HRs %s; C train %.3f test %.3f [%.3f, %.3f];"
                + " log-rank p test %.2g%n", sig.features(), java.util.Arrays.toString(r.hazardRatios()),
                r.train().cIndex(), r.test().cIndex(), r.test().cIndexCi95()[0], r.test().cIndexCi95()[1],
                r.test().logRankP());
        // f1 (log HR +0.9 per SD) or its near-duplicate f4, and f2 (−0.7) are in the signature with those signs
        int f2 = sig.features().indexOf("original_feature02");
        int f1 = Math.max(sig.features().indexOf("original_feature01"), sig.features().indexOf("original_feature04"));
        assertTrue(f1 >= 0 && f2 >= 0, sig.features().toString());
        assertTrue(sig.coefficients()[f1] > 0 && sig.coefficients()[f2] < 0);
        // the signature carries the radiomics signal into the combined model (HR per unit of signature > 1);
        // M stage generated with log HR 0.6 -> HR > 1
        assertTrue(r.hazardRatios()[0] > 1.5, "signature HR " + r.hazardRatios()[0]);
        assertTrue(r.hazardRatios()[2] > 1, "M stage HR " + r.hazardRatios()[2]);
        // held-out discrimination of a model whose true log-hazard SD is about 1.2
        assertTrue(r.test().cIndex() > 0.68, "test C " + r.test().cIndex());
        assertTrue(r.test().logRankP() < 0.01, "test log-rank p " + r.test().logRankP());
    }
}
