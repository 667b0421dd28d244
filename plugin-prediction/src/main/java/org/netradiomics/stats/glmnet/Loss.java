package org.netradiomics.stats.glmnet;

/**
 * The data-fit part of an elastic-net objective, L(η) = −(1/n)·log-likelihood, with its quadratic (IRLS)
 * approximation: weights w_i and working residuals r_i such that L(η + δ) ≈ L(η) + ½ Σ w_i (r_i − δ_i)² + const.
 */
abstract sealed class Loss permits GaussianLoss, BinomialLoss, CoxLoss {
    final int n;

    Loss(int n) {
        this.n = n;
    }

    /** Whether the model has an (unpenalised) intercept. */
    abstract boolean hasIntercept();

    /** Whether the loss is exactly quadratic (one weighted least-squares solve per lambda). */
    boolean isQuadratic() {
        return false;
    }

    /** L(η). */
    abstract double value(double[] eta);

    /** Fills the IRLS weights and working residuals at η. */
    abstract void working(double[] eta, double[] weight, double[] residual);

    /** Intercept of the null model (0 without intercept). */
    abstract double nullIntercept();

    /** −∂L/∂η_i at the null model: Σ_i z_ij times this is the gradient that sets lambda_max. */
    abstract double[] nullScore();

    /** Fraction of (null) deviance explained at η. */
    abstract double devianceRatio(double[] eta);

    /** glmnet's early-stopping rule, checked after solution m (0-based) of an automatic path. */
    abstract boolean stopsPath(double[] devianceRatio, int m);

    /** Exponent 1/(nlambda − 1) of the lambda ratio (glmnet computes it in double precision, except for Cox). */
    double lambdaRatioExponent(int nlambda) {
        return 1.0 / (nlambda - 1);
    }

    /** Factor from the internal lambda scale to the reported one (the response SD for gaussian, else 1). */
    double lambdaScale() {
        return 1;
    }

    /** Factor from internal coefficients to the response scale (the response SD for gaussian, else 1). */
    double responseScale() {
        return 1;
    }

    /** Shift of the intercept to the response scale (the response mean for gaussian, else 0). */
    double responseShift() {
        return 0;
    }
}
