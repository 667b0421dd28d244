package org.netradiomics.stats.regression;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.SymmetricMatrix;
import org.netradiomics.stats.WaldInference;
import org.netradiomics.volume.InvalidInputException;

/**
 * Unpenalised logistic regression with intercept, equal to R's {@code glm(y ~ x, family = binomial)}: the same
 * IRLS iterations as {@code glm.fit} (start μ = (y + ½)/2; working response z = η + (y − μ)/(μ(1 − μ)), weights
 * μ(1 − μ); stop when |D − D_old|/(|D| + 0.1) &lt; 1e-8, at most 25 iterations), standard errors from the last
 * weighted least-squares fit as {@code summary.glm}, Wald z tests and Wald intervals ({@code confint.default}; R's
 * {@code confint()} profiles the likelihood instead). Immutable.
 */
public final class LogisticRegression {
    private static final double EPSILON = 1e-8;
    private static final int MAX_ITERATIONS = 25;

    private final double[] beta;
    private final double[][] variance;
    private final double deviance;
    private final double nullDeviance;
    private final int iterations;

    private LogisticRegression(double[] beta, double[][] variance, double deviance, double nullDeviance,
            int iterations) {
        this.beta = beta;
        this.variance = variance;
        this.deviance = deviance;
        this.nullDeviance = nullDeviance;
        this.iterations = iterations;
    }

    /**
     * Fits the model; {@code x[i]} holds patient i's covariates (an intercept is added). Fails on mismatched
     * lengths, non-finite values, a one-class outcome, collinear covariates, no convergence, or fitted
     * probabilities of 0 or 1 (complete separation; R warns "fitted probabilities numerically 0 or 1 occurred").
     */
    public static LogisticRegression fit(double[][] x, boolean[] positive) {
        int n = positive.length;
        int p = InputChecks.requireMatrix("covariate matrix", x, n) + 1;
        InputChecks.requireBothClasses(positive, 1);
        double[] y = new double[n];
        double ybar = 0;
        for (int i = 0; i < n; i++) {
            y[i] = positive[i] ? 1 : 0;
            ybar += y[i] / n;
        }
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = (y[i] + 0.5) / 2;
            eta[i] = Math.log(mu[i] / (1 - mu[i]));
        }
        double devOld = deviance(y, mu);
        double[] b = new double[p];
        double[][] info = null;
        boolean converged = false;
        int iter = 0;
        while (iter < MAX_ITERATIONS) {
            iter++;
            double[][] xtwx = new double[p][p];
            double[] xtwz = new double[p];
            double[] row = new double[p];
            for (int i = 0; i < n; i++) {
                double w = mu[i] * (1 - mu[i]);
                double z = eta[i] + (y[i] - mu[i]) / w;
                row[0] = 1;
                System.arraycopy(x[i], 0, row, 1, p - 1);
                for (int a = 0; a < p; a++) {
                    xtwz[a] += w * row[a] * z;
                    for (int c = 0; c <= a; c++) {
                        xtwx[a][c] += w * row[a] * row[c];
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int c = a + 1; c < p; c++) {
                    xtwx[a][c] = xtwx[c][a];
                }
            }
            info = xtwx;
            b = SymmetricMatrix.factor(xtwx, "the logistic-regression information matrix").solve(xtwz);
            for (int i = 0; i < n; i++) {
                double e = b[0];
                for (int j = 1; j < p; j++) {
                    e += b[j] * x[i][j - 1];
                }
                eta[i] = e;
                mu[i] = 1 / (1 + Math.exp(-e));
            }
            double dev = deviance(y, mu);
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
                devOld = dev;
                converged = true;
                break;
            }
            devOld = dev;
        }
        if (!converged) {
            throw new InvalidInputException("logistic regression did not converge in " + MAX_ITERATIONS
                    + " iterations (separation of the outcome by the covariates?)");
        }
        double tiny = 10 * Math.ulp(1.0);
        for (double m : mu) {
            if (m > 1 - tiny || m < tiny) {
                throw new InvalidInputException("logistic regression gives fitted probabilities of 0 or 1: the "
                        + "covariates separate the outcome perfectly and the odds ratios are infinite");
            }
        }
        double nullDev = -2 * n * (ybar * Math.log(ybar) + (1 - ybar) * Math.log(1 - ybar));
        double[][] var = SymmetricMatrix.factor(info, "the logistic-regression information matrix").inverse();
        return new LogisticRegression(b, var, devOld, nullDev, iter);
    }

    private static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d -= 2 * (y[i] == 1 ? Math.log(mu[i]) : Math.log(1 - mu[i]));
        }
        return d;
    }

    /** Coefficients, intercept first. */
    public double[] coefficients() {
        return beta.clone();
    }

    /** Standard errors, intercept first. */
    public double[] standardErrors() {
        return WaldInference.standardErrors(variance);
    }

    /** Wald z = β/se. */
    public double[] waldZ() {
        return WaldInference.z(beta, standardErrors());
    }

    /** Two-sided Wald p-values ({@code Pr(>|z|)}). */
    public double[] waldP() {
        return WaldInference.twoSidedP(waldZ());
    }

    /** Odds ratios exp(β) (the first is the baseline odds). */
    public double[] oddsRatios() {
        return WaldInference.exp(beta);
    }

    /** Wald interval of the odds ratios exp(β ± z·se): {@code [j][0]} lower, {@code [j][1]} upper. */
    public double[][] oddsRatioInterval(double level) {
        return WaldInference.expInterval(beta, standardErrors(), level);
    }

    /** Residual deviance −2ℓ. */
    public double deviance() {
        return deviance;
    }

    public double nullDeviance() {
        return nullDeviance;
    }

    /** AIC = deviance + 2·(number of coefficients). */
    public double aic() {
        return deviance + 2 * beta.length;
    }

    public int iterations() {
        return iterations;
    }

    /** Linear predictor β₀ + xᵀβ. */
    public double linearPredictor(double[] x) {
        InputChecks.requireSameLength("the patient's covariates", x.length, "the model's covariates", beta.length - 1);
        InputChecks.requireFinite("covariate", x);
        double e = beta[0];
        for (int j = 1; j < beta.length; j++) {
            e += beta[j] * x[j - 1];
        }
        return e;
    }

    /** Predicted probability of the positive class. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-linearPredictor(x)));
    }
}
