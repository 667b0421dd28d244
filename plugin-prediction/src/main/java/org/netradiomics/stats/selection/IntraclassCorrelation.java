package org.netradiomics.stats.selection;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Intraclass correlation coefficients of n subjects measured by k raters (or segmentations), as
 * {@code psych::ICC} (Shrout and Fleiss 1979), from the two-way ANOVA mean squares MSR (subjects), MSC (raters),
 * MSE (residual) and MSW (within subjects):
 * <pre>
 *   ICC1 = (MSR − MSW) / (MSR + (k − 1)MSW)                       one-way random, single measure
 *   ICC2 = (MSR − MSE) / (MSR + (k − 1)MSE + k(MSC − MSE)/n)       two-way random, absolute agreement
 *   ICC3 = (MSR − MSE) / (MSR + (k − 1)MSE)                        two-way mixed, consistency
 * </pre>
 * (ICC2 equals {@code irr::icc(model = "twoway", type = "agreement", unit = "single")}.)
 */
public record IntraclassCorrelation(double icc1, double icc2, double icc3, int subjects, int raters) {

    /** {@code ratings[i][r]} is subject i's value by rater r; needs ≥ 2 subjects and ≥ 2 raters, no missing values. */
    public static IntraclassCorrelation of(double[][] ratings) {
        int n = ratings.length;
        if (n < 2) {
            throw new InvalidInputException("ICC needs at least 2 subjects, got " + n);
        }
        int k = ratings[0].length;
        if (k < 2) {
            throw new InvalidInputException("ICC needs at least 2 ratings per subject, got " + k);
        }
        double grand = 0;
        for (int i = 0; i < n; i++) {
            InputChecks.requireSameLength("subject " + (i + 1) + "'s ratings", ratings[i].length, "subject 1's", k);
            InputChecks.requireFinite("rating of subject " + (i + 1), ratings[i]);
            for (double v : ratings[i]) {
                grand += v / (n * k);
            }
        }
        double ssr = 0;
        double ssc = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            double m = 0;
            for (double v : ratings[i]) {
                m += v / k;
                sst += (v - grand) * (v - grand);
            }
            ssr += k * (m - grand) * (m - grand);
        }
        for (int r = 0; r < k; r++) {
            double m = 0;
            for (double[] row : ratings) {
                m += row[r] / n;
            }
            ssc += n * (m - grand) * (m - grand);
        }
        double msr = ssr / (n - 1);
        double msc = ssc / (k - 1);
        double mse = (sst - ssr - ssc) / ((n - 1.0) * (k - 1));
        double msw = (sst - ssr) / (n * (k - 1.0));
        double icc1 = (msr - msw) / (msr + (k - 1) * msw);
        double icc2 = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n);
        double icc3 = (msr - mse) / (msr + (k - 1) * mse);
        return new IntraclassCorrelation(icc1, icc2, icc3, n, k);
    }
}
