package org.netradiomics.stats.glmnet;

/** Outcome family of an elastic-net fit ({@code glmnet(family = ...)}). */
public enum GlmnetFamily {
    /** Continuous outcome, squared-error loss. */
    GAUSSIAN,
    /** Binary outcome, logistic loss. */
    BINOMIAL,
    /** Right-censored survival, Cox partial likelihood with Breslow ties. */
    COX
}
