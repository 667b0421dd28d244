package org.netradiomics.stats;

import org.netradiomics.volume.InvalidInputException;

/** Validation shared by the statistics: every bad input becomes an {@link InvalidInputException} naming the problem. */
public final class InputChecks {
    private InputChecks() {}

    /** Fails unless {@code actual == expected}, naming both arrays. */
    public static void requireSameLength(String what, int expected, String other, int actual) {
        if (expected != actual) {
            throw new InvalidInputException(what + " has " + expected + " values but " + other + " has " + actual
                    + "; they must describe the same patients in the same order");
        }
    }

    /** Fails if any value is NaN or infinite, giving the first offending position (1-based). */
    public static void requireFinite(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new InvalidInputException(what + " value " + (i + 1) + " is " + values[i]
                        + "; remove or impute missing values before fitting");
            }
        }
    }

    /** Fails if the covariate matrix is empty, ragged or holds a non-finite value. */
    public static int requireMatrix(String what, double[][] x, int rows) {
        requireSameLength(what + " (rows)", x.length, "the outcome", rows);
        if (rows == 0) {
            throw new InvalidInputException(what + " has no rows");
        }
        int p = x[0].length;
        if (p == 0) {
            throw new InvalidInputException(what + " has no columns (no covariates)");
        }
        for (int i = 0; i < rows; i++) {
            if (x[i].length != p) {
                throw new InvalidInputException(what + " row " + (i + 1) + " has " + x[i].length
                        + " columns but row 1 has " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new InvalidInputException(what + " row " + (i + 1) + ", column " + (j + 1) + " is "
                            + x[i][j] + "; remove or impute missing values before fitting");
                }
            }
        }
        return p;
    }

    /** Fails unless both classes of a binary outcome are present at least {@code min} times. */
    public static void requireBothClasses(boolean[] positive, int min) {
        int pos = 0;
        for (boolean b : positive) {
            if (b) {
                pos++;
            }
        }
        int neg = positive.length - pos;
        if (pos < min || neg < min) {
            throw new InvalidInputException("the outcome has " + pos + " positive and " + neg
                    + " negative cases; at least " + min + " of each are needed");
        }
    }

    /** Fails unless {@code 0 < level < 1}. */
    public static void requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new InvalidInputException("confidence level must be between 0 and 1 (e.g. 0.95), got " + level);
        }
    }
}
