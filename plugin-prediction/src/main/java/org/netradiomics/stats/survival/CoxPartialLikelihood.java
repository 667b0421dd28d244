package org.netradiomics.stats.survival;

/**
 * Cox partial log-likelihood, its gradient (score) and information matrix for given coefficients. Risk sets are
 * accumulated from the longest time downwards; for d deaths tied at a time with risk-set sums S0, S1, S2 and
 * death sums A0, A1, A2 of exp(η), exp(η)x, exp(η)xxᵀ:
 * <pre>
 *   ℓ  += Σ_D η − Σ_{k=0}^{d−1} log(S0 − c_k A0)
 *   U  += Σ_D x − Σ_k (S1 − c_k A1)/(S0 − c_k A0)
 *   I  += Σ_k [(S2 − c_k A2)/(S0 − c_k A0) − m_k m_kᵀ],   m_k = (S1 − c_k A1)/(S0 − c_k A0)
 * </pre>
 * with c_k = k/d for Efron and c_k = 0 for Breslow (survival's coxfit6 algorithm, unit case weights).
 */
final class CoxPartialLikelihood {
    /** Value, score and information at one coefficient vector. */
    record Evaluation(double logLikelihood, double[] score, double[][] information) {}

    /** One distinct event time and the baseline cumulative-hazard increment there. */
    record HazardStep(double time, double increment) {}

    private final SurvivalData y;
    private final double[][] x;
    private final Ties ties;
    private final int p;

    /** {@code x} must already be centred if numerical stability matters; it is not copied. */
    CoxPartialLikelihood(SurvivalData y, double[][] x, Ties ties) {
        this.y = y;
        this.x = x;
        this.ties = ties;
        this.p = x.length == 0 ? 0 : x[0].length;
    }

    Evaluation evaluate(double[] beta) {
        int n = y.size();
        double[] risk = riskScores(beta);
        int[] order = y.ascendingOrder();
        double s0 = 0;
        double[] s1 = new double[p];
        double[][] s2 = new double[p][p];
        double loglik = 0;
        double[] u = new double[p];
        double[][] info = new double[p][p];
        double[] a1 = new double[p];
        double[][] a2 = new double[p][p];
        double[] m = new double[p];
        int end = n - 1;
        while (end >= 0) {
            double t = y.time(order[end]);
            int start = end;
            while (start > 0 && y.time(order[start - 1]) == t) {
                start--;
            }
            int d = 0;
            double a0 = 0;
            java.util.Arrays.fill(a1, 0);
            for (double[] row : a2) {
                java.util.Arrays.fill(row, 0);
            }
            for (int k = start; k <= end; k++) {
                int i = order[k];
                double r = risk[i];
                s0 += r;
                for (int a = 0; a < p; a++) {
                    s1[a] += r * x[i][a];
                    for (int b = 0; b <= a; b++) {
                        s2[a][b] += r * x[i][a] * x[i][b];
                    }
                }
                if (y.event(i)) {
                    d++;
                    a0 += r;
                    loglik += Math.log(r);
                    for (int a = 0; a < p; a++) {
                        a1[a] += r * x[i][a];
                        u[a] += x[i][a];
                        for (int b = 0; b <= a; b++) {
                            a2[a][b] += r * x[i][a] * x[i][b];
                        }
                    }
                }
            }
            for (int k = 0; k < d; k++) {
                double c = ties == Ties.EFRON ? (double) k / d : 0;
                double den = s0 - c * a0;
                loglik -= Math.log(den);
                for (int a = 0; a < p; a++) {
                    m[a] = (s1[a] - c * a1[a]) / den;
                    u[a] -= m[a];
                }
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b <= a; b++) {
                        info[a][b] += (s2[a][b] - c * a2[a][b]) / den - m[a] * m[b];
                    }
                }
            }
            end = start - 1;
        }
        for (int a = 0; a < p; a++) {
            for (int b = a + 1; b < p; b++) {
                info[a][b] = info[b][a];
            }
        }
        return new Evaluation(loglik, u, info);
    }

    /**
     * Baseline cumulative-hazard increments at each distinct event time for x = 0 (of the matrix given): d/S0
     * (Nelson-Aalen-Breslow) or Σ_k 1/(S0 − (k/d)A0) (Efron), as survfit.coxph's ctype 1 and 2.
     */
    java.util.List<HazardStep> hazardSteps(double[] beta, Ties hazardTies) {
        double[] risk = riskScores(beta);
        int[] order = y.ascendingOrder();
        java.util.ArrayDeque<HazardStep> steps = new java.util.ArrayDeque<>();
        double s0 = 0;
        int end = y.size() - 1;
        while (end >= 0) {
            double t = y.time(order[end]);
            int start = end;
            while (start > 0 && y.time(order[start - 1]) == t) {
                start--;
            }
            int d = 0;
            double a0 = 0;
            for (int k = start; k <= end; k++) {
                int i = order[k];
                s0 += risk[i];
                if (y.event(i)) {
                    d++;
                    a0 += risk[i];
                }
            }
            if (d > 0) {
                double inc = 0;
                for (int k = 0; k < d; k++) {
                    double c = hazardTies == Ties.EFRON ? (double) k / d : 0;
                    inc += 1 / (s0 - c * a0);
                }
                steps.addFirst(new HazardStep(t, inc));
            }
            end = start - 1;
        }
        return java.util.List.copyOf(steps);
    }

    private double[] riskScores(double[] beta) {
        double[] risk = new double[y.size()];
        for (int i = 0; i < risk.length; i++) {
            double eta = 0;
            for (int a = 0; a < p; a++) {
                eta += x[i][a] * beta[a];
            }
            risk[i] = Math.exp(eta);
        }
        return risk;
    }
}
