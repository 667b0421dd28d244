package org.netradiomics.stats.glmnet;

import org.netradiomics.stats.survival.SurvivalData;

/**
 * Cox loss −(1/n)·(Breslow partial log-likelihood), ℓ = Σ_events η − Σ_k d_k log Σ_{t_i ≥ t_k} e^{η_i}, with
 * glmnet's diagonal IRLS approximation: for patient i with A_i = Σ_{t_k ≤ t_i} d_k/S0_k and
 * B_i = Σ_{t_k ≤ t_i} d_k/S0_k², gradient g_i = δ_i − e^{η_i}A_i and weight h_i = e^{η_i}A_i − e^{2η_i}B_i.
 */
final class CoxLoss extends Loss {
    private final SurvivalData y;
    private final int[] order;
    private final int[] groupEnd;
    private final int[] groupDeaths;
    private final double saturated;
    private final double nullLoglik;

    CoxLoss(SurvivalData y) {
        super(y.size());
        this.y = y;
        this.order = y.sortedByTime();
        int groups = 0;
        int[] end = new int[n];
        int[] deaths = new int[n];
        double sat = 0;
        int k = 0;
        while (k < n) {
            double t = y.time(order[k]);
            int d = 0;
            while (k < n && y.time(order[k]) == t) {
                d += y.event(order[k]) ? 1 : 0;
                k++;
            }
            end[groups] = k;
            deaths[groups] = d;
            if (d > 0) {
                sat -= d * Math.log(d);
            }
            groups++;
        }
        groupEnd = java.util.Arrays.copyOf(end, groups);
        groupDeaths = java.util.Arrays.copyOf(deaths, groups);
        saturated = sat;
        nullLoglik = logLikelihood(new double[n]);
    }

    /** Breslow partial log-likelihood at η. */
    double logLikelihood(double[] eta) {
        double shift = max(eta);
        double[] s0 = riskSums(eta, shift);
        double ll = 0;
        for (int i = 0; i < n; i++) {
            if (y.event(i)) {
                ll += eta[i] - shift;
            }
        }
        for (int g = 0; g < groupEnd.length; g++) {
            if (groupDeaths[g] > 0) {
                ll -= groupDeaths[g] * Math.log(s0[g]);
            }
        }
        return ll;
    }

    /** glmnet's Cox deviance 2(ℓ_sat − ℓ(η)), ℓ_sat = −Σ_k d_k log d_k ({@code coxnet.deviance}). */
    double deviance(double[] eta) {
        return 2 * (saturated - logLikelihood(eta));
    }

    private double[] riskSums(double[] eta, double shift) {
        double[] s0 = new double[groupEnd.length];
        double acc = 0;
        for (int g = groupEnd.length - 1; g >= 0; g--) {
            int start = g == 0 ? 0 : groupEnd[g - 1];
            for (int k = start; k < groupEnd[g]; k++) {
                acc += Math.exp(eta[order[k]] - shift);
            }
            s0[g] = acc;
        }
        return s0;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    @Override
    boolean hasIntercept() {
        return false;
    }

    @Override
    double value(double[] eta) {
        return -logLikelihood(eta) / n;
    }

    @Override
    void working(double[] eta, double[] weight, double[] residual) {
        double[] grad = new double[n];
        double[] hess = new double[n];
        derivatives(eta, grad, hess);
        for (int i = 0; i < n; i++) {
            if (hess[i] > 0) {
                weight[i] = hess[i] / n;
                residual[i] = grad[i] / hess[i];
            } else {
                weight[i] = 0;
                residual[i] = 0;
            }
        }
    }

    /** ∂ℓ/∂η_i and the diagonal of −∂²ℓ/∂η_i². */
    private void derivatives(double[] eta, double[] grad, double[] hess) {
        double shift = max(eta);
        double[] s0 = riskSums(eta, shift);
        double a = 0;
        double b = 0;
        for (int g = 0; g < groupEnd.length; g++) {
            int d = groupDeaths[g];
            if (d > 0) {
                a += d / s0[g];
                b += d / (s0[g] * s0[g]);
            }
            int start = g == 0 ? 0 : groupEnd[g - 1];
            for (int k = start; k < groupEnd[g]; k++) {
                int i = order[k];
                double e = Math.exp(eta[i] - shift);
                grad[i] = (y.event(i) ? 1 : 0) - e * a;
                hess[i] = e * a - e * e * b;
            }
        }
    }

    /** ∂ℓ/∂η_i, the partial-likelihood score per patient. */
    double[] etaScore(double[] eta) {
        double[] grad = new double[n];
        derivatives(eta, grad, new double[n]);
        return grad;
    }

    /**
     * Exact Hessian of L = −ℓ/n with respect to the coefficients of the given standardised columns:
     * (1/n) Σ_k d_k [S2_k/S0_k − S1_k S1_kᵀ/S0_k²], with S0, S1, S2 the risk-set sums of e^η, e^η z, e^η z zᵀ.
     */
    double[][] coefficientHessian(double[] eta, double[][] columns) {
        int a = columns.length;
        double shift = max(eta);
        double s0 = 0;
        double[] s1 = new double[a];
        double[][] s2 = new double[a][a];
        double[][] h = new double[a][a];
        for (int g = groupEnd.length - 1; g >= 0; g--) {
            int start = g == 0 ? 0 : groupEnd[g - 1];
            for (int k = start; k < groupEnd[g]; k++) {
                int i = order[k];
                double e = Math.exp(eta[i] - shift);
                s0 += e;
                for (int u = 0; u < a; u++) {
                    double eu = e * columns[u][i];
                    s1[u] += eu;
                    double[] row = s2[u];
                    for (int v = 0; v <= u; v++) {
                        row[v] += eu * columns[v][i];
                    }
                }
            }
            int d = groupDeaths[g];
            if (d > 0) {
                for (int u = 0; u < a; u++) {
                    for (int v = 0; v <= u; v++) {
                        h[u][v] += d * (s2[u][v] / s0 - s1[u] * s1[v] / (s0 * s0));
                    }
                }
            }
        }
        for (int u = 0; u < a; u++) {
            for (int v = 0; v <= u; v++) {
                h[u][v] /= n;
                h[v][u] = h[u][v];
            }
        }
        return h;
    }

    @Override
    double nullIntercept() {
        return 0;
    }

    @Override
    double[] nullScore() {
        double[] grad = new double[n];
        derivatives(new double[n], grad, new double[n]);
        for (int i = 0; i < n; i++) {
            grad[i] /= n;
        }
        return grad;
    }

    @Override
    double devianceRatio(double[] eta) {
        return (logLikelihood(eta) - nullLoglik) / (saturated - nullLoglik);
    }

    /** glmnet's Fortran coxnet divides 1.0/(nlam − 1) in single precision; reproduced so the lambdas agree. */
    @Override
    double lambdaRatioExponent(int nlambda) {
        return 1.0f / (float) (nlambda - 1);
    }

    /**
     * coxnet's rule: from the 5th lambda, stop when the deviance ratio grew by less than 1e-3 (relative) over the
     * last 4 steps or exceeds 0.99 (0.999·0.99/0.999 with the constants in single precision, as coxnet).
     */
    @Override
    boolean stopsPath(double[] dev, int m) {
        double devmax = 0.999 * (double) 0.99f / (double) 0.999f;
        return m >= 4 && ((dev[m] - dev[m - 4]) / dev[m] < 1e-5 * 100.0 || dev[m] > devmax);
    }
}
