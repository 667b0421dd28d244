package org.netradiomics.training;

/** AUC by counting, for tests: the fraction of positive-negative pairs ordered correctly (ties count one half). */
final class PairAuc {
    private PairAuc() {}

    static double of(boolean[] y, double[] p, int[] rows) {
        double concordant = 0;
        long pairs = 0;
        for (int i : rows) {
            for (int j : rows) {
                if (y[i] && !y[j]) {
                    pairs++;
                    concordant += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        return concordant / pairs;
    }
}
