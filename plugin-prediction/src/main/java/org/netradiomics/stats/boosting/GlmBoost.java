package org.netradiomics.stats.boosting;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Component-wise gradient boosting of a logistic model with linear base-learners, the algorithm of
 * {@code mboost::glmboost(family = Binomial(), center = TRUE)} (Bühlmann and Hothorn 2007):
 * <ol>
 *   <li>covariates centred; f⁰ = offset = ½ ln(p̄ / (1 − p̄)) on mboost's half-logit scale, y* = 2y − 1 ∈ {−1, 1};</li>
 *   <li>negative gradient of ρ = ln(1 + e^{−2y*f}): u_i = 2y*_i / (1 + e^{2y*_i f_i});</li>
 *   <li>each base-learner (one centred covariate, or the intercept) is fitted to u by least squares,
 *       β̂_j = Σ x_ij u_i / Σ x_ij²; the one with the smallest residual sum of squares is chosen;</li>
 *   <li>f ← f + ν β̂_j x_j, for m = 1..mstop (ν = 0.1 by default).</li>
 * </ol>
 * Coefficients are returned on the usual logit scale (2 × mboost's half-logit coefficients) and for the
 * uncentred covariates. Early stopping (mstop) is the regularisation; with mstop → ∞ the fit tends to the
 * unpenalised logistic regression.
 */
public final class GlmBoost {
    private final double[][] logitCoefficients;
    private final double[] logitIntercepts;

    private GlmBoost(double[][] coefficients, double[] intercepts) {
        this.logitCoefficients = coefficients;
        this.logitIntercepts = intercepts;
    }

    /** Boosts for {@code mstop} iterations with step length {@code nu}; keeps the whole path. */
    public static GlmBoost binomial(double[][] x, boolean[] positive, int mstop, double nu) {
        int n = positive.length;
        int p = InputChecks.requireMatrix("feature table", x, n);
        InputChecks.requireBothClasses(positive, 1);
        if (mstop < 1) {
            throw new InvalidInputException("glmBoost mstop must be at least 1, got " + mstop);
        }
        if (!(nu > 0 && nu <= 1)) {
            throw new InvalidInputException("glmBoost step length nu must be in (0, 1], got " + nu);
        }
        double[] mean = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] xc = new double[p][n];
        double[] ss = new double[p];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                xc[j][i] = x[i][j] - mean[j];
                ss[j] += xc[j][i] * xc[j][i];
            }
        }
        double pbar = 0;
        double[] ystar = new double[n];
        for (int i = 0; i < n; i++) {
            pbar += positive[i] ? 1.0 / n : 0;
            ystar[i] = positive[i] ? 1 : -1;
        }
        double offset = 0.5 * Math.log(pbar / (1 - pbar));
        double[] f = new double[n];
        java.util.Arrays.fill(f, offset);
        double[] half = new double[p];
        double halfIntercept = 0;
        double[][] path = new double[mstop + 1][];
        double[] intercepts = new double[mstop + 1];
        path[0] = new double[p];
        intercepts[0] = 2 * offset;
        double[] u = new double[n];
        for (int m = 1; m <= mstop; m++) {
            double usum = 0;
            double uss = 0;
            for (int i = 0; i < n; i++) {
                u[i] = 2 * ystar[i] / (1 + Math.exp(2 * ystar[i] * f[i]));
                usum += u[i];
                uss += u[i] * u[i];
            }
            // intercept base-learner: β = mean(u), RSS = Σu² − n·mean(u)²
            int best = -1;
            double bestBeta = usum / n;
            double bestRss = uss - usum * usum / n;
            for (int j = 0; j < p; j++) {
                if (ss[j] == 0) {
                    continue;
                }
                double xu = 0;
                for (int i = 0; i < n; i++) {
                    xu += xc[j][i] * u[i];
                }
                double rss = uss - xu * xu / ss[j];
                if (rss < bestRss) {
                    bestRss = rss;
                    best = j;
                    bestBeta = xu / ss[j];
                }
            }
            for (int i = 0; i < n; i++) {
                f[i] += nu * bestBeta * (best < 0 ? 1 : xc[best][i]);
            }
            if (best < 0) {
                halfIntercept += nu * bestBeta;
            } else {
                half[best] += nu * bestBeta;
            }
            path[m] = new double[p];
            double icpt = offset + halfIntercept;
            for (int j = 0; j < p; j++) {
                path[m][j] = 2 * half[j];
                icpt -= half[j] * mean[j];
            }
            intercepts[m] = 2 * icpt;
        }
        return new GlmBoost(path, intercepts);
    }

    /** Number of boosting iterations fitted. */
    public int mstop() {
        return logitIntercepts.length - 1;
    }

    /** Logit-scale coefficients of the uncentred covariates after {@code m} iterations (0 ≤ m ≤ mstop). */
    public double[] coefficients(int m) {
        return logitCoefficients[check(m)].clone();
    }

    /** Logit-scale intercept after {@code m} iterations. */
    public double intercept(int m) {
        return logitIntercepts[check(m)];
    }

    /** Predicted probability for covariates {@code x} after {@code m} iterations. */
    public double probability(double[] x, int m) {
        double eta = intercept(m);
        double[] b = logitCoefficients[check(m)];
        for (int j = 0; j < b.length; j++) {
            eta += b[j] * x[j];
        }
        return 1 / (1 + Math.exp(-eta));
    }

    private int check(int m) {
        if (m < 0 || m > mstop()) {
            throw new InvalidInputException("iteration " + m + " is outside 0.." + mstop());
        }
        return m;
    }
}
