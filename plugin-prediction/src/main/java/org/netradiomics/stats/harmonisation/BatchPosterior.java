package org.netradiomics.stats.harmonisation;

import java.util.List;

/**
 * Empirical Bayes posterior location γ* and scale δ²* of one centre's standardised features (sva's
 * {@code it.sol}, {@code postmean}, {@code postvar}, {@code aprior}, {@code bprior}).
 */
record BatchPosterior(double[] gamma, double[] delta) {

    /** {@code rows} are this centre's samples in the standardised table {@code z[sample][feature]}. */
    static BatchPosterior estimate(double[][] z, List<Integer> rows, boolean meanOnly, double convergence) {
        int p = z[0].length;
        int nb = rows.size();
        double[] gammaHat = new double[p];
        double[] deltaHat = new double[p];
        for (int g = 0; g < p; g++) {
            double m = 0;
            for (int i : rows) {
                m += z[i][g];
            }
            m /= nb;
            double v = 0;
            for (int i : rows) {
                v += (z[i][g] - m) * (z[i][g] - m);
            }
            gammaHat[g] = m;
            deltaHat[g] = nb > 1 ? v / (nb - 1) : Double.NaN;
        }
        double gammaBar = mean(gammaHat);
        double tau2 = variance(gammaHat, gammaBar);
        double[] gammaStar = new double[p];
        double[] deltaStar = new double[p];
        if (meanOnly) {
            for (int g = 0; g < p; g++) {
                gammaStar[g] = postMean(gammaHat[g], gammaBar, 1, 1, tau2);
                deltaStar[g] = 1;
            }
            return new BatchPosterior(gammaStar, deltaStar);
        }
        double m = mean(deltaHat);
        double s2 = variance(deltaHat, m);
        double a = (2 * s2 + m * m) / s2;
        double b = (m * s2 + m * m * m) / s2;
        double[] gOld = gammaHat.clone();
        double[] dOld = deltaHat.clone();
        double change = 1;
        while (change > convergence) {
            change = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < p; g++) {
                double gNew = postMean(gammaHat[g], gammaBar, nb, dOld[g], tau2);
                double sum2 = 0;
                for (int i : rows) {
                    sum2 += (z[i][g] - gNew) * (z[i][g] - gNew);
                }
                double dNew = (0.5 * sum2 + b) / (nb / 2.0 + a - 1);
                // sva divides by the signed old value, so a negative γ contributes a negative "change"
                change = Math.max(change, Math.max(Math.abs(gNew - gOld[g]) / gOld[g], Math.abs(dNew - dOld[g]) / dOld[g]));
                gammaStar[g] = gNew;
                deltaStar[g] = dNew;
            }
            System.arraycopy(gammaStar, 0, gOld, 0, p);
            System.arraycopy(deltaStar, 0, dOld, 0, p);
        }
        return new BatchPosterior(gammaStar, deltaStar);
    }

    private static double postMean(double gHat, double gBar, double n, double dStar, double tau2) {
        return (tau2 * n * gHat + dStar * gBar) / (tau2 * n + dStar);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double variance(double[] v, double mean) {
        double s = 0;
        for (double d : v) {
            s += (d - mean) * (d - mean);
        }
        return s / (v.length - 1);
    }
}
