package org.netradiomics.stats.neural;

import org.netradiomics.stats.survival.SurvivalData;

/**
 * Negative Cox log partial likelihood of the network output as log relative hazard (DeepSurv, Katzman et al. 2018),
 * Breslow ties, divided by the number of events:
 * L = −(1/d) Σ_{i: event} [f_i − ln Σ_{j: t_j ≥ t_i} e^{f_j}].
 */
public final class CoxPartialLikelihoodLoss implements OutputLoss {
    private final SurvivalData y;
    private final int[] order;

    /** The loss for outcome {@code y}. */
    public CoxPartialLikelihoodLoss(SurvivalData y) {
        this.y = y;
        this.order = y.sortedByTime();
    }

    @Override
    public double loss(double[] f) {
        double max = max(f);
        double s = 0;
        int n = order.length;
        double[] riskAt = riskSums(f, max);
        for (int i = 0; i < n; i++) {
            if (y.event(i)) {
                s += f[i] - max - Math.log(riskAt[i]);
            }
        }
        return -s / Math.max(1, y.eventCount());
    }

    @Override
    public double[] gradient(double[] f) {
        double max = max(f);
        int n = f.length;
        double[] riskAt = riskSums(f, max);
        double[] g = new double[n];
        // dL/df_k = −(1/d)[δ_k − e^{f_k} Σ_{i: event, t_i ≤ t_k} 1/R_i]
        double[] cumInv = new double[n];
        // walk in increasing time: accumulate 1/R_i of events with t_i <= t_k (ties: all events at the same time)
        int a = 0;
        double acc = 0;
        while (a < n) {
            int b = a;
            double t = y.time(order[a]);
            while (b < n && y.time(order[b]) == t) {
                int i = order[b];
                if (y.event(i)) {
                    acc += 1 / riskAt[i];
                }
                b++;
            }
            for (int k = a; k < b; k++) {
                cumInv[order[k]] = acc;
            }
            a = b;
        }
        double d = Math.max(1, y.eventCount());
        for (int k = 0; k < n; k++) {
            g[k] = -((y.event(k) ? 1 : 0) - Math.exp(f[k] - max) * cumInv[k]) / d;
        }
        return g;
    }

    /** R_i = Σ_{j: t_j ≥ t_i} e^{f_j − max}, for every sample i. */
    private double[] riskSums(double[] f, double max) {
        int n = f.length;
        double[] r = new double[n];
        double acc = 0;
        int b = n - 1;
        while (b >= 0) {
            int a = b;
            double t = y.time(order[b]);
            while (a >= 0 && y.time(order[a]) == t) {
                acc += Math.exp(f[order[a]] - max);
                a--;
            }
            for (int k = a + 1; k <= b; k++) {
                r[order[k]] = acc;
            }
            b = a;
        }
        return r;
    }

    private static double max(double[] f) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : f) {
            m = Math.max(m, v);
        }
        return m;
    }
}
