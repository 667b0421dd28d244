package org.netradiomics.stats.glmnet;

/** Loss used by cross-validation to choose lambda ({@code cv.glmnet(type.measure = ...)}). */
public enum CvMeasure {
    /**
     * glmnet's default, minimised: binomial deviance, Cox partial-likelihood deviance (grouped), or for gaussian
     * the mean squared error (which glmnet also calls deviance).
     */
    DEVIANCE,
    /** Area under the ROC curve per fold (binomial only); maximised. */
    AUC,
    /** Harrell's C per fold ({@code type.measure = "C"}, Cox only, survival::concordance); maximised. */
    C_INDEX
}
