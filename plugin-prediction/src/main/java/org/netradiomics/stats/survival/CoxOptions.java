package org.netradiomics.stats.survival;

import org.netradiomics.volume.InvalidInputException;

/**
 * Settings of {@link CoxModel#fit}: tie handling and Newton-Raphson control as {@code coxph.control}
 * (convergence when |1 − ℓ_old/ℓ_new| ≤ epsilon).
 */
public record CoxOptions(Ties ties, int maxIterations, double epsilon) {
    public CoxOptions {
        if (ties == null) {
            throw new InvalidInputException("Cox tie handling must be given (EFRON or BRESLOW)");
        }
        if (maxIterations < 1) {
            throw new InvalidInputException("Cox maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(epsilon > 0)) {
            throw new InvalidInputException("Cox convergence epsilon must be positive, got " + epsilon);
        }
    }

    /** R's defaults: Efron ties, 20 iterations, epsilon 1e-9. */
    public static CoxOptions defaults() {
        return new CoxOptions(Ties.EFRON, 20, 1e-9);
    }

    /** Defaults with another tie handling. */
    public CoxOptions withTies(Ties t) {
        return new CoxOptions(t, maxIterations, epsilon);
    }
}
