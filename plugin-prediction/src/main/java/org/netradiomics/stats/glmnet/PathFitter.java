package org.netradiomics.stats.glmnet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.netradiomics.volume.InvalidInputException;

/**
 * Runs the lambda path as glmnet does: automatic sequence λ₁ = "big" (null model), λ₂ = f·λ_max,
 * λ_m = f·λ_{m−1} with f = max(1e-6, ratio)^{1/(nlambda−1)} and λ_max = max_j |Σ_i z_ij s_i| / max(α, 1e-3)
 * (s the null-model score); warm starts; early stop by the family's rule (automatic sequences only); the reported
 * first lambda is exp(2 log λ₂ − log λ₃) ({@code fix.lam}). Each lambda is solved by IRLS (proximal Newton with
 * step halving) around coordinate descent, restricted to the sequential strong set and checked against the KKT
 * conditions, until coefficients move less than the tolerance: the exact optimum, not glmnet's thresh-limited one.
 * Cox fits use {@link CoxNewton} (exact Hessian) instead of glmnet's diagonal approximation, which converges to the
 * same optimum but very slowly on nearly saturated paths.
 */
final class PathFitter {
    private static final double BIG = 9.9e35;
    private static final int MAX_OUTER = 10_000;

    private PathFitter() {}

    static GlmnetPath fit(GlmnetFamily family, double[][] x, Loss loss, GlmnetOptions options) {
        Design design = new Design(x, loss.n, options.standardize());
        boolean any = false;
        for (boolean a : design.active) {
            any |= a;
        }
        if (!any) {
            throw new InvalidInputException("every covariate is constant across the patients; nothing to select");
        }
        int p = design.p;
        double alpha = options.alpha();
        CoordinateDescent cd = new CoordinateDescent(design);
        List<double[]> betas = new ArrayList<>();
        List<Double> intercepts = new ArrayList<>();
        List<Double> lambdas = new ArrayList<>();
        List<Double> devs = new ArrayList<>();
        double[] b = new double[p];
        double[] b0 = {loss.nullIntercept()};
        boolean automatic = options.lambda() == null;
        double[] user = automatic ? null : Arrays.stream(options.lambda()).boxed()
                .sorted((u, v) -> Double.compare(v, u)).mapToDouble(Double::doubleValue).toArray();
        int count = automatic ? options.nlambda() : user.length;
        double alf = 1;
        double[] gradient = absoluteGradient(design, loss.nullScore());
        double lambdaMax = 0;
        for (double g : gradient) {
            lambdaMax = Math.max(lambdaMax, g);
        }
        lambdaMax /= Math.max(alpha, 1e-3);
        if (automatic) {
            double ratio = Double.isNaN(options.lambdaMinRatio()) ? (design.n < p ? 0.01 : 1e-4)
                    : options.lambdaMinRatio();
            alf = Math.pow(Math.max(1e-6, ratio), loss.lambdaRatioExponent(count));
        }
        double lambda = 0;
        double previous = lambdaMax;
        double[] devArray = new double[count];
        for (int m = 0; m < count; m++) {
            if (!automatic) {
                lambda = user[m] / loss.lambdaScale();
            } else if (m == 0) {
                lambda = BIG;
            } else if (m == 1) {
                lambda = alf * lambdaMax;
            } else {
                lambda *= alf;
            }
            if (!(automatic && m == 0)) {
                b0[0] = solveWithStrongRule(design, loss, cd, b, b0[0], lambda, previous, alpha, options.tolerance(),
                        gradient);
                previous = lambda;
            }
            double[] eta = linearPredictor(design, b, b0[0]);
            devArray[m] = loss.devianceRatio(eta);
            lambdas.add(lambda);
            betas.add(b.clone());
            intercepts.add(b0[0]);
            devs.add(devArray[m]);
            if (automatic && loss.stopsPath(devArray, m)) {
                break;
            }
        }
        int k = lambdas.size();
        double[] reported = new double[k];
        for (int m = 0; m < k; m++) {
            reported[m] = lambdas.get(m) * loss.lambdaScale();
        }
        if (automatic && k > 2) {
            reported[0] = Math.exp(2 * Math.log(reported[1]) - Math.log(reported[2]));
        }
        double[][] beta = new double[k][p];
        double[] a0 = new double[k];
        for (int m = 0; m < k; m++) {
            double shift = 0;
            for (int j = 0; j < p; j++) {
                beta[m][j] = loss.responseScale() * betas.get(m)[j] / design.scale[j];
                shift += beta[m][j] * design.mean[j];
            }
            a0[m] = loss.hasIntercept() ? loss.responseShift() + loss.responseScale() * intercepts.get(m) - shift : 0;
        }
        return new GlmnetPath(family, reported, a0, beta, devs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Solves one lambda over the sequential strong set {j : b_j ≠ 0 or |g_j| ≥ α(2λ − λ_prev)} (Tibshirani et al.
     * 2012), then checks the optimality (KKT) condition |g_j| ≤ λα for every excluded covariate at the solution and
     * re-solves with any violators added. On return {@code gradient} holds |Σ_i z_ij s_i| at the new solution.
     */
    private static double solveWithStrongRule(Design design, Loss loss, CoordinateDescent cd, double[] b,
            double intercept, double lambda, double previous, double alpha, double tol, double[] gradient) {
        int p = design.p;
        boolean[] eligible = new boolean[p];
        double strong = alpha * (2 * lambda - previous);
        for (int j = 0; j < p; j++) {
            eligible[j] = design.active[j] && (b[j] != 0 || gradient[j] >= strong);
        }
        double b0 = intercept;
        while (true) {
            b0 = solve(design, loss, cd, b, b0, lambda, alpha, tol, eligible);
            double[] eta = linearPredictor(design, b, b0);
            double[] w = new double[design.n];
            double[] r = new double[design.n];
            loss.working(eta, w, r);
            for (int i = 0; i < r.length; i++) {
                r[i] *= w[i];
            }
            System.arraycopy(absoluteGradient(design, r), 0, gradient, 0, p);
            boolean violated = false;
            for (int j = 0; j < p; j++) {
                if (design.active[j] && !eligible[j] && gradient[j] > lambda * alpha) {
                    eligible[j] = true;
                    violated = true;
                }
            }
            if (!violated) {
                return b0;
            }
        }
    }

    /** |Σ_i z_ij s_i| for every active covariate (0 for constant ones). */
    private static double[] absoluteGradient(Design design, double[] score) {
        double[] g = new double[design.p];
        for (int j = 0; j < design.p; j++) {
            if (design.active[j]) {
                double[] z = design.column[j];
                double s = 0;
                for (int i = 0; i < z.length; i++) {
                    s += z[i] * score[i];
                }
                g[j] = Math.abs(s);
            }
        }
        return g;
    }

    /** Minimises loss + penalty at one lambda from the warm start in {@code b}; returns the intercept. */
    private static double solve(Design design, Loss loss, CoordinateDescent cd, double[] b, double intercept,
            double lambda, double alpha, double tol, boolean[] eligible) {
        if (loss instanceof CoxLoss cox) {
            CoxNewton.solve(design, cox, b, lambda, alpha, tol, eligible);
            return 0;
        }
        int n = design.n;
        double[] w = new double[n];
        double[] r = new double[n];
        double b0 = intercept;
        double[] eta = linearPredictor(design, b, b0);
        double objective = loss.value(eta) + penalty(b, lambda, alpha);
        double lastChange = 0.1;
        for (int outer = 0; outer < MAX_OUTER; outer++) {
            loss.working(eta, w, r);
            double[] old = b.clone();
            double oldB0 = b0;
            // inexact inner solves while far from the optimum, exact (tol/100) once the outer steps are small
            double innerTol = loss.isQuadratic() ? tol * 1e-2
                    : Math.max(tol * 1e-2, Math.min(1e-4, 1e-3 * lastChange));
            b0 = cd.solve(w, r, b0, b, loss.hasIntercept(), lambda, alpha, innerTol, eligible);
            if (loss.isQuadratic()) {
                return b0;
            }
            eta = linearPredictor(design, b, b0);
            double next = loss.value(eta) + penalty(b, lambda, alpha);
            // halve only on a real increase: differences near rounding level are noise close to the optimum
            for (int halving = 0; halving < 60 && next > objective + 1e-15 * Math.abs(objective); halving++) {
                for (int j = 0; j < b.length; j++) {
                    b[j] = 0.5 * (b[j] + old[j]);
                }
                b0 = 0.5 * (b0 + oldB0);
                eta = linearPredictor(design, b, b0);
                next = loss.value(eta) + penalty(b, lambda, alpha);
            }
            objective = next;
            double change = Math.abs(b0 - oldB0);
            for (int j = 0; j < b.length; j++) {
                change = Math.max(change, Math.abs(b[j] - old[j]));
            }
            if (change < tol && innerTol <= tol * 1e-2) {
                return b0;
            }
            lastChange = change;
        }
        throw new InvalidInputException("the elastic-net fit did not converge at lambda " + lambda
                + " (perfect separation of the outcome by the covariates?)");
    }

    static double penalty(double[] b, double lambda, double alpha) {
        double l1 = 0;
        double l2 = 0;
        for (double v : b) {
            l1 += Math.abs(v);
            l2 += v * v;
        }
        return lambda * (alpha * l1 + (1 - alpha) / 2 * l2);
    }

    static double[] linearPredictor(Design design, double[] b, double b0) {
        double[] eta = new double[design.n];
        Arrays.fill(eta, b0);
        for (int j = 0; j < design.p; j++) {
            if (b[j] != 0) {
                double[] z = design.column[j];
                for (int i = 0; i < eta.length; i++) {
                    eta[i] += b[j] * z[i];
                }
            }
        }
        return eta;
    }
}
