package org.netradiomics.stats.survival;

/** Handling of tied event times in the Cox partial likelihood ({@code coxph(ties = ...)}). */
public enum Ties {
    /** Efron's approximation, R's default. */
    EFRON,
    /** Breslow's approximation (also what glmnet uses). */
    BRESLOW
}
