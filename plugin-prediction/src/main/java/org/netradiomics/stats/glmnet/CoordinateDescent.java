package org.netradiomics.stats.glmnet;

import org.netradiomics.volume.InvalidInputException;

/**
 * Penalised weighted least squares by cyclic coordinate descent with an active set: minimises
 * ½ Σ w_i (r_i − b₀ − Σ z_ij b_j)² + λ[α Σ|b_j| + (1 − α)/2 Σ b_j²] in place, where {@code residual} holds the
 * current r − b₀ − Zb. Update of coordinate j: b_j ← S(Σ w z_j r + v_j b_j, λα) / (v_j + λ(1 − α)),
 * v_j = Σ w z_j², S the soft-threshold (Friedman, Hastie, Tibshirani 2010).
 */
final class CoordinateDescent {
    private static final int MAX_SWEEPS = 1_000_000;

    private final Design design;

    CoordinateDescent(Design design) {
        this.design = design;
    }

    /**
     * Solves for b (standardised) over the {@code eligible} coordinates (the others stay as they are) and returns
     * the new intercept; {@code residual} is kept consistent.
     */
    double solve(double[] weight, double[] residual, double intercept, double[] b, boolean withIntercept,
            double lambda, double alpha, double tolerance, boolean[] eligible) {
        int p = design.p;
        double[] v = new double[p];
        for (int j = 0; j < p; j++) {
            if (eligible[j]) {
                double[] z = design.column[j];
                double s = 0;
                for (int i = 0; i < z.length; i++) {
                    s += weight[i] * z[i] * z[i];
                }
                v[j] = s;
            }
        }
        double sumW = 0;
        for (double w : weight) {
            sumW += w;
        }
        double[] b0 = {intercept};
        int sweeps = 0;
        while (true) {
            double change = sweep(weight, residual, b, v, b0, sumW, withIntercept, lambda, alpha, eligible, false);
            if (++sweeps > MAX_SWEEPS) {
                throw new InvalidInputException("the elastic-net solver did not converge at lambda " + lambda);
            }
            if (change < tolerance) {
                return b0[0];
            }
            while (sweep(weight, residual, b, v, b0, sumW, withIntercept, lambda, alpha, eligible, true) >= tolerance) {
                if (++sweeps > MAX_SWEEPS) {
                    throw new InvalidInputException("the elastic-net solver did not converge at lambda " + lambda);
                }
            }
        }
    }

    /** One pass over all eligible coordinates (or only the non-zero ones); returns the largest |change|. */
    private double sweep(double[] weight, double[] residual, double[] b, double[] v, double[] b0, double sumW,
            boolean withIntercept, double lambda, double alpha, boolean[] eligible, boolean nonZeroOnly) {
        double maxChange = 0;
        double l1 = lambda * alpha;
        double l2 = lambda * (1 - alpha);
        int n = residual.length;
        for (int j = 0; j < design.p; j++) {
            if (!eligible[j] || (nonZeroOnly && b[j] == 0) || v[j] == 0) {
                continue;
            }
            double[] z = design.column[j];
            double u = 0;
            for (int i = 0; i < n; i++) {
                u += weight[i] * z[i] * residual[i];
            }
            u += v[j] * b[j];
            double updated = Math.abs(u) <= l1 ? 0 : Math.signum(u) * (Math.abs(u) - l1) / (v[j] + l2);
            double delta = updated - b[j];
            if (delta != 0) {
                b[j] = updated;
                for (int i = 0; i < n; i++) {
                    residual[i] -= delta * z[i];
                }
                maxChange = Math.max(maxChange, Math.abs(delta));
            }
        }
        if (withIntercept && sumW > 0) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += weight[i] * residual[i];
            }
            double delta = s / sumW;
            if (delta != 0) {
                b0[0] += delta;
                for (int i = 0; i < n; i++) {
                    residual[i] -= delta;
                }
                maxChange = Math.max(maxChange, Math.abs(delta));
            }
        }
        return maxChange;
    }
}
