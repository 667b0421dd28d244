package org.netradiomics.stats.glmnet;

import org.netradiomics.volume.InvalidInputException;

/**
 * Settings of an elastic-net path, named as glmnet's arguments.
 *
 * @param alpha          elastic-net mixing, 1 = LASSO, 0 = ridge
 * @param nlambda        length of the automatic lambda sequence
 * @param lambdaMinRatio smallest lambda as a fraction of lambda_max; NaN = glmnet's default (0.01 when n &lt; p,
 *                       else 1e-4), decided per fit from that fit's n
 * @param lambda         a user lambda sequence (used in decreasing order, no early stopping), or null for automatic
 * @param standardize    scale covariates to unit (population) SD before penalising; coefficients are returned on
 *                       the original scale either way
 * @param tolerance      convergence tolerance of the solver on coefficient changes (standardised scale); glmnet's
 *                       {@code thresh} is not reproduced, we solve each lambda to this precision instead
 */
public record GlmnetOptions(double alpha, int nlambda, double lambdaMinRatio, double[] lambda, boolean standardize,
        double tolerance) {
    public GlmnetOptions {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new InvalidInputException("elastic-net alpha must be between 0 (ridge) and 1 (LASSO), got " + alpha);
        }
        if (lambda == null && nlambda < 3) {
            throw new InvalidInputException("nlambda must be at least 3, got " + nlambda);
        }
        if (!Double.isNaN(lambdaMinRatio) && !(lambdaMinRatio > 0 && lambdaMinRatio < 1)) {
            throw new InvalidInputException("lambda.min.ratio must be in (0, 1), got " + lambdaMinRatio);
        }
        if (lambda != null) {
            lambda = lambda.clone();
            for (double l : lambda) {
                if (!(l >= 0) || Double.isInfinite(l)) {
                    throw new InvalidInputException("lambda values must be finite and non-negative, got " + l);
                }
            }
            if (lambda.length == 0) {
                throw new InvalidInputException("the user lambda sequence is empty");
            }
        }
        if (!(tolerance > 0)) {
            throw new InvalidInputException("tolerance must be positive, got " + tolerance);
        }
    }

    /** glmnet's defaults: LASSO, 100 lambdas, automatic ratio, standardised, solved to 1e-10. */
    public static GlmnetOptions lasso() {
        return new GlmnetOptions(1, 100, Double.NaN, null, true, 1e-10);
    }

    /** Same settings with another alpha. */
    public GlmnetOptions withAlpha(double a) {
        return new GlmnetOptions(a, nlambda, lambdaMinRatio, lambda, standardize, tolerance);
    }

    /** Same settings with a user lambda sequence. */
    public GlmnetOptions withLambda(double[] l) {
        return new GlmnetOptions(alpha, nlambda, lambdaMinRatio, l, standardize, tolerance);
    }

    @Override
    public double[] lambda() {
        return lambda == null ? null : lambda.clone();
    }
}
