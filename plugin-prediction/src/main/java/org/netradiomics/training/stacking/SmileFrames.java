package org.netradiomics.training.stacking;

import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.vector.IntVector;

/** Conversions between plain arrays and Smile's data frames (columns x1..xp, outcome y coded 0/1). */
final class SmileFrames {
    static final String OUTCOME = "y";

    private SmileFrames() {}

    static String[] names(int p) {
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + (j + 1);
        }
        return names;
    }

    static DataFrame of(double[][] x, boolean[] positive) {
        int[] y = new int[positive.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = positive[i] ? 1 : 0;
        }
        return DataFrame.of(x, names(x[0].length)).add(new IntVector(OUTCOME, y));
    }

    static Tuple row(double[] v) {
        return DataFrame.of(new double[][] {v}, names(v.length)).get(0);
    }
}
