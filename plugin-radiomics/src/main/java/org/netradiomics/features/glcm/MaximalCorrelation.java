package org.netradiomics.features.glcm;

/**
 * Maximal correlation coefficient of a co-occurrence matrix (PyRadiomics MCC): √ of the second largest eigenvalue of
 * Q_ij = Σ_k p_ik p_jk / (p_x(i) p_y(k)). Q is similar to the symmetric S = R Rᵀ with R_ik = p_ik / √(p_x(i) p_y(k)),
 * so the eigenvalues of S (Jacobi rotations) are used; absent grey levels (p_x = 0) are left out.
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
        double[] eig = jacobiEigenvalues(sm);
        java.util.Arrays.sort(eig);
        return Math.sqrt(Math.max(0, eig[n - 2]));
    }

    static double[] jacobiEigenvalues(double[][] a) {
        int n = a.length;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - sn * akq;
                        a[k][q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - sn * aqk;
                        a[q][k] = sn * apk + c * aqk;
                    }
                }
            }
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = a[i][i];
        }
        return d;
    }
}
