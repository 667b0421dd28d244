package org.netradiomics.features.glcm;

import org.netradiomics.math.SymmetricEigen;

/**
 * Maximal correlation coefficient of a co-occurrence matrix (PyRadiomics MCC): √ of the second largest eigenvalue of
 * Q_ij = Σ_k p_ik p_jk / (p_x(i) p_y(k)). Q is similar to the symmetric S = R Rᵀ with R_ik = p_ik / √(p_x(i) p_y(k)),
 * so the eigenvalues of S ({@link SymmetricEigen}) are used; absent grey levels (p_x = 0) are left out.
 */
final class MaximalCorrelation {
    private MaximalCorrelation() {}

    static double of(CooccurrenceStatistics s) {
        int ng = s.ng;
        int[] present = java.util.stream.IntStream.range(0, ng).filter(i -> s.px[i] > 0).toArray();
        int n = present.length;
        if (n < 2) {
            return 1; // PyRadiomics: flat region
        }
        double[][] r = new double[n][ng];
        for (int a = 0; a < n; a++) {
            int i = present[a];
            for (int k = 0; k < ng; k++) {
                double q = s.px[i] * s.py[k];
                r[a][k] = q > 0 ? s.p[i * ng + k] / Math.sqrt(q) : 0;
            }
        }
        double[][] sm = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double v = 0;
                for (int k = 0; k < ng; k++) {
                    v += r[a][k] * r[b][k];
                }
                sm[a][b] = v;
                sm[b][a] = v;
            }
        }
        double[] eig = SymmetricEigen.of(sm).values(); // decreasing
        return Math.sqrt(Math.max(0, eig[1]));
    }
}
