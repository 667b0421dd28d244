package org.netradiomics.stats.boosting;

import org.netradiomics.volume.InvalidInputException;

/**
 * Chooses glmBoost's stopping iteration by k-fold cross-validation (mboost's {@code cvrisk} with
 * {@code cv(type = "kfold")}): the out-of-fold empirical risk, mean of ln(1 + e^{−2y*f}) on the half-logit scale,
 * is computed for every m = 0..mstopMax and the minimiser is kept.
 */
public record GlmBoostCrossValidation(double[] risk, int bestMstop) {

    /** {@code foldid[i]} in 1..K is sample i's fold. */
    public static GlmBoostCrossValidation run(double[][] x, boolean[] positive, int[] foldid, int mstopMax, double nu) {
        int k = 0;
        for (int f : foldid) {
            if (f < 1) {
                throw new InvalidInputException("fold numbers must start at 1, got " + f);
            }
            k = Math.max(k, f);
        }
        if (k < 2) {
            throw new InvalidInputException("cross-validation needs at least 2 folds, got " + k);
        }
        double[] risk = new double[mstopMax + 1];
        int n = positive.length;
        for (int fold = 1; fold <= k; fold++) {
            int inFold = 0;
            for (int f : foldid) {
                inFold += f == fold ? 1 : 0;
            }
            double[][] xt = new double[n - inFold][];
            boolean[] yt = new boolean[n - inFold];
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (foldid[i] != fold) {
                    xt[t] = x[i];
                    yt[t++] = positive[i];
                }
            }
            GlmBoost fit = GlmBoost.binomial(xt, yt, mstopMax, nu);
            for (int m = 0; m <= mstopMax; m++) {
                for (int i = 0; i < n; i++) {
                    if (foldid[i] == fold) {
                        double p = fit.probability(x[i], m);
                        double halfEta = 0.5 * Math.log(p / (1 - p));
                        double ys = positive[i] ? 1 : -1;
                        risk[m] += Math.log1p(Math.exp(-2 * ys * halfEta)) / n;
                    }
                }
            }
        }
        int best = 0;
        for (int m = 1; m <= mstopMax; m++) {
            if (risk[m] < risk[best]) {
                best = m;
            }
        }
        return new GlmBoostCrossValidation(risk, best);
    }
}
