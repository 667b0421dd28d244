package org.netradiomics.stats.decomposition;

import org.netradiomics.math.SymmetricEigen;
import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Principal component analysis of centred data, as R's {@code prcomp(x, center = TRUE, scale. = FALSE)}:
 * component SDs {@code sdev} (divisor n − 1), unit loadings (rotation) and scores = (x − mean) · rotation. Each
 * component's sign is fixed so that its largest-magnitude loading is positive (prcomp's sign is arbitrary). When
 * there are fewer samples than features (deep features: n ≈ 100, p = 2048) the n × n Gram matrix is decomposed
 * instead of the p × p covariance.
 */
public record Pca(double[] mean, double[][] rotation, double[] sdev) {

    /** Fits the first {@code components} principal components of {@code x[sample][feature]}. */
    public static Pca fit(double[][] x, int components) {
        int n = x.length;
        int p = InputChecks.requireMatrix("PCA data", x, n);
        int max = Math.min(n - 1, p);
        if (components < 1 || components > max) {
            throw new InvalidInputException("PCA can give 1 to " + max + " components for " + n + " samples and " + p
                    + " features, asked for " + components);
        }
        double[] mean = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] c = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                c[i][j] = x[i][j] - mean[j];
            }
        }
        double[][] rotation = new double[p][components];
        double[] sdev = new double[components];
        if (n < p) {
            double[][] gram = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int k = i; k < n; k++) {
                    double s = 0;
                    for (int j = 0; j < p; j++) {
                        s += c[i][j] * c[k][j];
                    }
                    gram[i][k] = s;
                    gram[k][i] = s;
                }
            }
            SymmetricEigen eig = SymmetricEigen.of(gram);
            for (int m = 0; m < components; m++) {
                double lambda = Math.max(eig.values()[m], 0);
                sdev[m] = Math.sqrt(lambda / (n - 1));
                double norm = Math.sqrt(lambda);
                for (int j = 0; j < p; j++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += c[i][j] * eig.vectors()[i][m];
                    }
                    rotation[j][m] = norm > 0 ? s / norm : 0;
                }
            }
        } else {
            double[][] cov = new double[p][p];
            for (double[] row : c) {
                for (int a = 0; a < p; a++) {
                    for (int b = a; b < p; b++) {
                        cov[a][b] += row[a] * row[b] / (n - 1);
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    cov[a][b] = cov[b][a];
                }
            }
            SymmetricEigen eig = SymmetricEigen.of(cov);
            for (int m = 0; m < components; m++) {
                sdev[m] = Math.sqrt(Math.max(eig.values()[m], 0));
                for (int j = 0; j < p; j++) {
                    rotation[j][m] = eig.vectors()[j][m];
                }
            }
        }
        for (int m = 0; m < components; m++) {
            int big = 0;
            for (int j = 1; j < p; j++) {
                if (Math.abs(rotation[j][m]) > Math.abs(rotation[big][m])) {
                    big = j;
                }
            }
            if (rotation[big][m] < 0) {
                for (int j = 0; j < p; j++) {
                    rotation[j][m] = -rotation[j][m];
                }
            }
        }
        return new Pca(mean, rotation, sdev);
    }

    /** Scores of one row: (x − mean) · rotation. */
    public double[] transform(double[] x) {
        if (x.length != mean.length) {
            throw new InvalidInputException("PCA was fitted on " + mean.length + " features, got " + x.length);
        }
        double[] s = new double[sdev.length];
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - mean[j];
            for (int m = 0; m < s.length; m++) {
                s[m] += d * rotation[j][m];
            }
        }
        return s;
    }
}
