package org.netradiomics.stats.glmnet;

import org.netradiomics.stats.InputChecks;

/**
 * Covariates centred (and, when standardising, scaled by the population SD, glmnet's {@code lstandard1} /
 * {@code cstandard}), stored column-wise. Constant columns are flagged inactive (glmnet's {@code chkvars}).
 */
final class Design {
    final int n;
    final int p;
    final double[] mean;
    final double[] scale;
    final boolean[] active;
    final double[][] column;

    Design(double[][] x, int rows, boolean standardize) {
        this.p = InputChecks.requireMatrix("covariate matrix", x, rows);
        this.n = rows;
        mean = new double[p];
        scale = new double[p];
        active = new boolean[p];
        column = new double[p][n];
        for (int j = 0; j < p; j++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += x[i][j] / n;
            }
            double v = 0;
            boolean constant = true;
            for (int i = 0; i < n; i++) {
                double c = x[i][j] - m;
                column[j][i] = c;
                v += c * c / n;
                constant &= x[i][j] == x[0][j];
            }
            mean[j] = m;
            active[j] = !constant;
            scale[j] = standardize && !constant ? Math.sqrt(v) : 1;
            for (int i = 0; i < n; i++) {
                column[j][i] /= scale[j];
            }
        }
    }
}
