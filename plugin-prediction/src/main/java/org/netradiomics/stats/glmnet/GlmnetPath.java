package org.netradiomics.stats.glmnet;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.survival.SurvivalData;
import org.netradiomics.volume.InvalidInputException;

/**
 * A fitted elastic-net path ({@code glmnet(...)} object): for each lambda (decreasing) the intercept and
 * coefficients on the original covariate scale and the fraction of deviance explained. Immutable.
 */
public final class GlmnetPath {
    /** Intercept and coefficients at one lambda ({@code coef(fit, s)}); the intercept is 0 for Cox. */
    public record Coefficients(double intercept, double[] beta) {
        public Coefficients {
            beta = beta.clone();
        }

        @Override
        public double[] beta() {
            return beta.clone();
        }

        /** Number of non-zero coefficients. */
        public int nonZero() {
            int k = 0;
            for (double v : beta) {
                if (v != 0) {
                    k++;
                }
            }
            return k;
        }
    }

    private final GlmnetFamily family;
    private final double[] lambda;
    private final double[] intercept;
    private final double[][] beta;
    private final double[] devianceRatio;

    GlmnetPath(GlmnetFamily family, double[] lambda, double[] intercept, double[][] beta, double[] devianceRatio) {
        this.family = family;
        this.lambda = lambda;
        this.intercept = intercept;
        this.beta = beta;
        this.devianceRatio = devianceRatio;
    }

    /** Gaussian (squared-error) path; the response is standardised internally as glmnet does. */
    public static GlmnetPath fitGaussian(double[][] x, double[] y, GlmnetOptions options) {
        InputChecks.requireFinite("outcome", y);
        InputChecks.requireMatrix("covariate matrix", x, y.length);
        return PathFitter.fit(GlmnetFamily.GAUSSIAN, x, new GaussianLoss(y), options);
    }

    /** Logistic (binomial) path; needs at least 2 patients in each outcome class. */
    public static GlmnetPath fitBinomial(double[][] x, boolean[] positive, GlmnetOptions options) {
        InputChecks.requireMatrix("covariate matrix", x, positive.length);
        InputChecks.requireBothClasses(positive, 2);
        return PathFitter.fit(GlmnetFamily.BINOMIAL, x, new BinomialLoss(positive), options);
    }

    /** Cox path (Breslow ties); needs at least 2 events. */
    public static GlmnetPath fitCox(double[][] x, SurvivalData y, GlmnetOptions options) {
        InputChecks.requireMatrix("covariate matrix", x, y.size());
        if (y.eventCount() < 2) {
            throw new InvalidInputException("a LASSO-Cox model needs at least 2 observed events; the data have "
                    + y.eventCount());
        }
        return PathFitter.fit(GlmnetFamily.COX, x, new CoxLoss(y), options);
    }

    public GlmnetFamily family() {
        return family;
    }

    /** Number of lambdas actually fitted (glmnet may stop the path early). */
    public int size() {
        return lambda.length;
    }

    /** The lambda sequence, decreasing. */
    public double[] lambdas() {
        return lambda.clone();
    }

    /** Fraction of null deviance explained per lambda ({@code fit$dev.ratio}). */
    public double[] devianceRatios() {
        return devianceRatio.clone();
    }

    /** Coefficients at the m-th lambda (0-based). */
    public Coefficients coefficients(int m) {
        return new Coefficients(intercept[m], beta[m].clone());
    }

    /**
     * Coefficients at any lambda s as {@code coef(fit, s = s)}: linear interpolation between the two neighbouring
     * fitted lambdas ({@code lambda.interp}), clamped to the first / last fitted solution outside the path.
     */
    public Coefficients coefficientsAt(double s) {
        int k = lambda.length;
        if (k == 1) {
            return coefficients(0);
        }
        double range = lambda[0] - lambda[k - 1];
        double[] frac = new double[k];
        for (int m = 0; m < k; m++) {
            frac[m] = (lambda[0] - lambda[m]) / range;
        }
        double sfrac = Math.min(frac[k - 1], Math.max(frac[0], (lambda[0] - s) / range));
        double coord = approxIndex(frac, sfrac);
        int left = (int) Math.floor(coord);
        int right = (int) Math.ceil(coord);
        double f = left == right || Math.abs(frac[left] - frac[right]) < Math.ulp(1.0) ? 1
                : (sfrac - frac[right]) / (frac[left] - frac[right]);
        double[] b = new double[beta[0].length];
        for (int j = 0; j < b.length; j++) {
            b[j] = f * beta[left][j] + (1 - f) * beta[right][j];
        }
        return new Coefficients(f * intercept[left] + (1 - f) * intercept[right], b);
    }

    /** 0-based fractional index of v in the increasing knots, as R's {@code approx(x, seq_along(x), v)}. */
    private static double approxIndex(double[] x, double v) {
        int i = 0;
        int j = x.length - 1;
        while (i < j - 1) {
            int ij = (i + j) / 2;
            if (v < x[ij]) {
                j = ij;
            } else {
                i = ij;
            }
        }
        if (v == x[j]) {
            return j;
        }
        if (v == x[i]) {
            return i;
        }
        return i + (v - x[i]) / (x[j] - x[i]);
    }

    /** Linear predictor intercept + xᵀβ at lambda s. */
    public double linearPredictor(double[] x, double s) {
        Coefficients c = coefficientsAt(s);
        double[] b = c.beta();
        InputChecks.requireSameLength("the patient's covariates", x.length, "the model's coefficients", b.length);
        double eta = c.intercept();
        for (int j = 0; j < x.length; j++) {
            eta += x[j] * b[j];
        }
        return eta;
    }

    /** Predicted probability 1/(1 + e^{−η}) of a binomial path at lambda s. */
    public double probability(double[] x, double s) {
        if (family != GlmnetFamily.BINOMIAL) {
            throw new InvalidInputException("probabilities are defined for a binomial fit, this one is " + family);
        }
        return 1 / (1 + Math.exp(-linearPredictor(x, s)));
    }
}
