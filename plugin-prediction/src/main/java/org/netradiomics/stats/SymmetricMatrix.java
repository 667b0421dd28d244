package org.netradiomics.stats;

import org.netradiomics.volume.InvalidInputException;

/** Cholesky factorisation of a small symmetric positive-definite matrix (information matrices, variance matrices). */
public final class SymmetricMatrix {
    private final double[][] lower;

    private SymmetricMatrix(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factorises {@code a} = L Lᵀ. {@code what} names the matrix in the error raised when it is singular
     * (e.g. collinear covariates, a covariate constant among the patients at risk).
     */
    public static SymmetricMatrix factor(double[][] a, String what) {
        int n = a.length;
        double[][] l = new double[n][n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-12 * scale)) {
                throw new InvalidInputException(what + " is singular: covariate " + (j + 1)
                        + " is constant or a linear combination of the others");
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return new SymmetricMatrix(l);
    }

    /** Solves A x = b. */
    public double[] solve(double[] b) {
        int n = lower.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= lower[i][k] * y[k];
            }
            y[i] = s / lower[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= lower[k][i] * x[k];
            }
            x[i] = s / lower[i][i];
        }
        return x;
    }

    /** A⁻¹. */
    public double[][] inverse() {
        int n = lower.length;
        double[][] inv = new double[n][];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            inv[j] = solve(e);
        }
        return inv;
    }
}
