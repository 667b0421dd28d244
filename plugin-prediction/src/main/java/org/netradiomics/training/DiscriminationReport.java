package org.netradiomics.training;

import org.netradiomics.stats.roc.RocCurve;

/** Discrimination of a score on one part of a cohort: AUC with its DeLong 95% interval and the part's size. */
public record DiscriminationReport(double auc, double[] aucCi95, int positives, int negatives) {

    /** AUC and DeLong interval of {@code score} against {@code positive}. */
    public static DiscriminationReport of(boolean[] positive, double[] score) {
        RocCurve roc = RocCurve.of(positive, score);
        return new DiscriminationReport(roc.auc(), roc.delongInterval(0.95), roc.positiveCount(), roc.negativeCount());
    }
}
