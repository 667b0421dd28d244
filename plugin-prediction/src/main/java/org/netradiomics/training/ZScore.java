package org.netradiomics.training;

import org.netradiomics.volume.InvalidInputException;

/**
 * Per-feature z-scoring fitted on training data, as R's {@code scale()}: mean and sample SD (1/(n − 1)); applied
 * unchanged to validation, test and new patients.
 */
public record ZScore(double[] mean, double[] sd) implements java.io.Serializable {

    /** Fits means and SDs of the columns of {@code x[row][feature]}; a constant feature is an error. */
    public static ZScore fit(double[][] x, java.util.List<String> names) {
        int n = x.length;
        if (n < 2) {
            throw new InvalidInputException("z-scoring needs at least 2 rows, got " + n);
        }
        int p = x[0].length;
        double[] mean = new double[p];
        double[] sd = new double[p];
        for (int j = 0; j < p; j++) {
            for (double[] row : x) {
                mean[j] += row[j] / n;
            }
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
            sd[j] = Math.sqrt(ss / (n - 1));
            if (!(sd[j] > 0)) {
                throw new InvalidInputException("feature '" + names.get(j) + "' is constant in the training data; "
                        + "remove it before model development");
            }
        }
        return new ZScore(mean, sd);
    }

    /** (x − mean) / sd, row by row. */
    public double[][] apply(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = apply(x[i]);
        }
        return z;
    }

    /** (x − mean) / sd of one row. */
    public double[] apply(double[] x) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / sd[j];
        }
        return z;
    }
}
