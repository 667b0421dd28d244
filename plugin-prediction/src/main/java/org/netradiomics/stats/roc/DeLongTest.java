package org.netradiomics.stats.roc;

import org.netradiomics.stats.Distributions;
import org.netradiomics.stats.InputChecks;

/**
 * DeLong's test for two correlated ROC curves (two scores on the same patients), equal to
 * {@code pROC::roc.test(roc1, roc2, method = "delong", paired = TRUE)}:
 * z = (AUC₁ − AUC₂) / sqrt(var₁ + var₂ − 2 cov), p = 2Φ(−|z|).
 *
 * @param auc1 AUC of the first score
 * @param auc2 AUC of the second score
 * @param z    the test statistic
 * @param p    two-sided p-value
 * @param standardError standard error of the difference
 */
public record DeLongTest(double auc1, double auc2, double z, double p, double standardError) {

    /** Compares two scores of the same patients. */
    public static DeLongTest paired(boolean[] positive, double[] score1, double[] score2) {
        InputChecks.requireSameLength("the first score", score1.length, "the second score", score2.length);
        RocCurve a = RocCurve.of(positive, score1);
        RocCurve b = RocCurve.of(positive, score2);
        double var = a.delongVariance() + b.delongVariance() - 2 * a.delongCovariance(b);
        double se = Math.sqrt(Math.max(0, var));
        double d = a.auc() - b.auc();
        double z = se == 0 && d == 0 ? 0 : d / se;
        return new DeLongTest(a.auc(), b.auc(), z, Distributions.twoSidedNormalP(z), se);
    }

    /** Interval for AUC₁ − AUC₂: difference ± z·se. */
    public double[] differenceInterval(double level) {
        InputChecks.requireLevel(level);
        double q = Distributions.normalQuantile(0.5 + level / 2);
        double d = auc1 - auc2;
        return new double[] {d - q * standardError, d + q * standardError};
    }
}
