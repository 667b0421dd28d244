package org.netradiomics.training;

/** Row subsets of cohort arrays by index. */
final class Rows {
    private Rows() {}

    static double[][] of(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    static double[] of(double[] x, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    static boolean[] of(boolean[] x, int[] rows) {
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    static double[][] columns(double[][] x, int[] cols) {
        double[][] out = new double[x.length][cols.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < cols.length; k++) {
                out[i][k] = x[i][cols[k]];
            }
        }
        return out;
    }
}
