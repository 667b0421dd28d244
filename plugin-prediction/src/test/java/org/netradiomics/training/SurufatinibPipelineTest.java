package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The surufatinib pipeline trains end to end on a synthetic multi-centre cohort and recovers its signal. */
class SurufatinibPipelineTest {

    @Test
    void recoversTheKnownSignal() {
        CohortTable cohort = SyntheticCohorts.binary(180, 15, 8);
        SurufatinibPipeline.Result r = SurufatinibPipeline.train(cohort,
                SurufatinibPipeline.Settings.defaults().withEffort(20, 2, 1));
        NestedCrossValidation.Report cv = r.nestedCv();
        System.out.printf("surufatinib synthetic: selected %s; nested CV (%d x %d-fold) AUC %.3f [%.3f, %.3f], "
                + "accuracy %.3f, sensitivity %.3f, specificity %.3f, Brier %.3f%n", r.model().selected(),
                cv.repeats(), cv.folds(), cv.auc(), cv.aucInterval95()[0], cv.aucInterval95()[1], cv.accuracy(),
                cv.sensitivity(), cv.specificity(), cv.brier());
        assertTrue(r.model().selected().contains("original_feature02"), r.model().selected().toString());
        assertTrue(r.model().selected().contains("original_feature03"), r.model().selected().toString());
        // features carry a signal with population AUC about 0.8; out-of-fold AUC must clearly exceed chance
        assertTrue(cv.auc() > 0.68, "nested CV AUC " + cv.auc());
        assertTrue(cv.brier() < 0.25, "Brier " + cv.brier());
        double p = r.model().probability(cohort.matrix(r.model().features())[0], "A");
        assertTrue(p >= 0 && p <= 1);
    }
}
