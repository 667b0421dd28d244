package org.netradiomics.training;

import org.netradiomics.stats.survival.Concordance;
import org.netradiomics.stats.survival.LogRankTest;
import org.netradiomics.stats.survival.SurvivalData;

/**
 * Survival discrimination of a risk score on one part of a cohort: Harrell's C with its 95% interval, and the
 * log-rank test between the groups above and at-or-below the cut-off.
 */
public record SurvivalReport(double cIndex, double[] cIndexCi95, double logRankP, int highRisk, int lowRisk) {

    /** C-index of {@code risk} and log-rank p of the split at {@code cutoff}. */
    public static SurvivalReport of(SurvivalData y, double[] risk, double cutoff) {
        Concordance c = Concordance.of(y, risk);
        int[] group = new int[risk.length];
        int high = 0;
        for (int i = 0; i < risk.length; i++) {
            group[i] = risk[i] > cutoff ? 1 : 0;
            high += group[i];
        }
        double p = high == 0 || high == risk.length ? Double.NaN : LogRankTest.of(y, group).p();
        return new SurvivalReport(c.index(), c.interval(0.95), p, high, risk.length - high);
    }
}
