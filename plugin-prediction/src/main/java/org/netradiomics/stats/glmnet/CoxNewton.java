package org.netradiomics.stats.glmnet;

import org.netradiomics.volume.InvalidInputException;

/**
 * Proximal Newton solver for the penalised Cox loss at one lambda: each step minimises the exact second-order
 * model gᵀδ + ½δᵀHδ + λ[α|b + δ|₁ + (1 − α)/2 |b + δ|²] over the eligible coefficients by coordinate descent
 * (H the exact coefficient Hessian from {@link CoxLoss#coefficientHessian}), then halves the step until the true
 * objective does not increase. Converges quadratically where glmnet's diagonal approximation (same optimum) crawls
 * on nearly saturated paths with many covariates.
 */
final class CoxNewton {
    private static final int MAX_ITERATIONS = 1000;
    private static final int MAX_SWEEPS = 1_000_000;

    private CoxNewton() {}

    /**
     * Solves over a working set that starts as the non-zero eligible coefficients and grows by the eligible ones
     * violating the optimality condition |∂L/∂b_j| ≤ λα, until none does.
     */
    static void solve(Design design, CoxLoss loss, double[] b, double lambda, double alpha, double tol,
            boolean[] eligible) {
        int p = design.p;
        boolean[] working = new boolean[p];
        for (int j = 0; j < p; j++) {
            working[j] = eligible[j] && b[j] != 0;
        }
        boolean solved = false;
        while (true) {
            double[] score = loss.etaScore(PathFitter.linearPredictor(design, b, 0));
            boolean added = false;
            for (int j = 0; j < p; j++) {
                if (eligible[j] && !working[j]) {
                    double s = 0;
                    double[] z = design.column[j];
                    for (int i = 0; i < z.length; i++) {
                        s += z[i] * score[i];
                    }
                    if (Math.abs(s) / design.n > lambda * alpha) {
                        working[j] = true;
                        added = true;
                    }
                }
            }
            if (solved && !added) {
                return;
            }
            newton(design, loss, b, lambda, alpha, tol, working);
            solved = true;
        }
    }

    private static void newton(Design design, CoxLoss loss, double[] b, double lambda, double alpha, double tol,
            boolean[] eligible) {
        int count = 0;
        for (boolean e : eligible) {
            count += e ? 1 : 0;
        }
        if (count == 0) {
            return;
        }
        int[] cols = new int[count];
        double[][] z = new double[count][];
        for (int j = 0, u = 0; j < design.p; j++) {
            if (eligible[j]) {
                cols[u] = j;
                z[u++] = design.column[j];
            }
        }
        int n = design.n;
        double[] eta = PathFitter.linearPredictor(design, b, 0);
        double objective = loss.value(eta) + PathFitter.penalty(b, lambda, alpha);
        for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
            double[] score = loss.etaScore(eta);
            double[] g = new double[count];
            for (int u = 0; u < count; u++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += z[u][i] * score[i];
                }
                g[u] = -s / n;
            }
            double[][] h = loss.coefficientHessian(eta, z);
            double[] start = new double[count];
            for (int u = 0; u < count; u++) {
                start[u] = b[cols[u]];
            }
            double[] step = quadraticStep(g, h, start, lambda, alpha, tol * 1e-2);
            double[] trial = b.clone();
            double t = 1;
            double next = Double.POSITIVE_INFINITY;
            double[] trialEta = eta;
            for (int halving = 0; halving < 60; halving++) {
                for (int u = 0; u < count; u++) {
                    trial[cols[u]] = start[u] + t * step[u];
                }
                trialEta = PathFitter.linearPredictor(design, trial, 0);
                next = loss.value(trialEta) + PathFitter.penalty(trial, lambda, alpha);
                if (next <= objective + 1e-15 * Math.abs(objective)) {
                    break;
                }
                t /= 2;
            }
            double change = 0;
            for (int u = 0; u < count; u++) {
                change = Math.max(change, Math.abs(t * step[u]));
            }
            System.arraycopy(trial, 0, b, 0, b.length);
            eta = trialEta;
            objective = Math.min(objective, next);
            if (change < tol) {
                return;
            }
        }
        throw new InvalidInputException("the LASSO-Cox fit did not converge at lambda " + lambda);
    }

    /**
     * Minimises the penalised quadratic model; returns the step δ from {@code start}. Coordinate descent identifies
     * the support and signs, then the stationarity equations on the support,
     * (H_SS + λ(1 − α)I) β_S = (H·start)_S − g_S − λα·sign(β_S), are solved exactly and accepted when the signs
     * hold and every zero coefficient satisfies its optimality condition; otherwise descent continues.
     */
    private static double[] quadraticStep(double[] g, double[][] h, double[] start, double lambda, double alpha,
            double tol) {
        int count = g.length;
        double[] beta = start.clone();
        double[] hd = new double[count];
        double[] hStart = new double[count];
        for (int u = 0; u < count; u++) {
            for (int v = 0; v < count; v++) {
                hStart[u] += h[u][v] * start[v];
            }
        }
        int sweeps = 0;
        while (true) {
            int budget = sweeps == 0 ? 50 : 200;
            double change = descend(g, h, start, beta, hd, lambda, alpha, tol, budget);
            sweeps += budget;
            double[] exact = change < tol ? null : supportSolution(g, h, hStart, beta, lambda, alpha);
            double[] result = exact != null ? exact : change < tol ? beta : null;
            if (result != null) {
                double[] step = new double[count];
                for (int u = 0; u < count; u++) {
                    step[u] = result[u] - start[u];
                }
                return step;
            }
            if (sweeps > MAX_SWEEPS) {
                throw new InvalidInputException("the LASSO-Cox quadratic step did not converge at lambda " + lambda);
            }
        }
    }

    /** Up to {@code budget} coordinate-descent sweeps; returns the last sweep's largest change. */
    private static double descend(double[] g, double[][] h, double[] start, double[] beta, double[] hd,
            double lambda, double alpha, double tol, int budget) {
        int count = g.length;
        double l1 = lambda * alpha;
        double l2 = lambda * (1 - alpha);
        double maxChange = Double.POSITIVE_INFINITY;
        for (int sweep = 0; sweep < budget && maxChange >= tol; sweep++) {
            maxChange = 0;
            for (int u = 0; u < count; u++) {
                double huu = h[u][u];
                if (!(huu > 0)) {
                    continue;
                }
                double c = g[u] + hd[u] - huu * (beta[u] - start[u]);
                double num = huu * start[u] - c;
                double updated = Math.abs(num) <= l1 ? 0 : Math.signum(num) * (Math.abs(num) - l1) / (huu + l2);
                double d = updated - beta[u];
                if (d != 0) {
                    beta[u] = updated;
                    for (int v = 0; v < count; v++) {
                        hd[v] += h[v][u] * d;
                    }
                    maxChange = Math.max(maxChange, Math.abs(d));
                }
            }
        }
        return maxChange;
    }

    /** Exact minimiser with the support and signs of {@code beta}, or null when it is not optimal. */
    private static double[] supportSolution(double[] g, double[][] h, double[] hStart, double[] beta, double lambda,
            double alpha) {
        int count = g.length;
        int[] support = java.util.stream.IntStream.range(0, count).filter(u -> beta[u] != 0).toArray();
        int k = support.length;
        double[] result = new double[count];
        if (k > 0) {
            double[][] a = new double[k][k];
            double[] rhs = new double[k];
            for (int x = 0; x < k; x++) {
                int u = support[x];
                for (int y = 0; y < k; y++) {
                    a[x][y] = h[u][support[y]];
                }
                a[x][x] += lambda * (1 - alpha);
                rhs[x] = hStart[u] - g[u] - lambda * alpha * Math.signum(beta[u]);
            }
            double[] solved;
            try {
                solved = org.netradiomics.stats.SymmetricMatrix.factor(a, "support Hessian").solve(rhs);
            } catch (InvalidInputException singular) {
                return null;
            }
            for (int x = 0; x < k; x++) {
                if (Math.signum(solved[x]) != Math.signum(beta[support[x]])) {
                    return null;
                }
                result[support[x]] = solved[x];
            }
        }
        double slack = lambda * alpha * (1 + 1e-9) + 1e-15;
        for (int u = 0; u < count; u++) {
            if (result[u] == 0) {
                double grad = g[u] - hStart[u];
                for (int x = 0; x < k; x++) {
                    grad += h[u][support[x]] * result[support[x]];
                }
                if (Math.abs(grad) > slack) {
                    return null;
                }
            }
        }
        return result;
    }
}
