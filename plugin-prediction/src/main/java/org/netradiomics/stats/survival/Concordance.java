package org.netradiomics.stats.survival;

import org.netradiomics.stats.Distributions;
import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Harrell's concordance index of a risk score (higher = worse prognosis), equal to R's
 * {@code survival::concordance(Surv(time, status) ~ risk, reverse = TRUE)} (for a Cox fit, {@code concordance(fit)}).
 * <p>
 * A pair is comparable when the shorter time is an event; a censored time equal to an event time counts as the
 * longer one; two events at the same time ("tied.y") and pairs whose shorter time is censored are not comparable.
 * C = (concordant + tied.x/2) / (concordant + discordant + tied.x), tied.x = comparable pairs with equal scores.
 * <p>
 * Standard error as survival 3.x (infinitesimal jackknife): with Somers' d = (c − d)/N, N = c + d + tied.x and for
 * each patient i its counts c_i, d_i, t_i of concordant, discordant and score-tied comparable pairs it belongs to,
 * dfbeta_i = (c_i − d_i)/N − (d/N)(c_i + d_i + t_i), var(C) = Σ dfbeta_i² / 4.
 *
 * @param concordant  comparable pairs where the earlier event has the higher score
 * @param discordant  comparable pairs where the earlier event has the lower score
 * @param tiedScore   comparable pairs with equal scores (tied.x)
 * @param tiedTime    pairs of events at the same time (tied.y, excluded)
 * @param index       the C-index
 * @param standardError its standard error
 */
public record Concordance(long concordant, long discordant, long tiedScore, long tiedTime, double index,
        double standardError) {

    /** Computes Harrell's C of {@code risk} for the outcome {@code y} (O(n²), fine for cohorts of thousands). */
    public static Concordance of(SurvivalData y, double[] risk) {
        int n = y.size();
        InputChecks.requireSameLength("the survival outcome", n, "the risk scores", risk.length);
        InputChecks.requireFinite("risk score", risk);
        long[] ci = new long[n];
        long[] di = new long[n];
        long[] ti = new long[n];
        long c = 0;
        long d = 0;
        long tx = 0;
        long ty = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int early;
                int late;
                double tI = y.time(i);
                double tJ = y.time(j);
                if (tI < tJ || (tI == tJ && y.event(i) && !y.event(j))) {
                    early = i;
                    late = j;
                } else if (tJ < tI || (tI == tJ && y.event(j) && !y.event(i))) {
                    early = j;
                    late = i;
                } else {
                    if (y.event(i) && y.event(j)) {
                        ty++;
                    }
                    continue;
                }
                if (!y.event(early)) {
                    continue;
                }
                if (risk[early] > risk[late]) {
                    c++;
                    ci[i]++;
                    ci[j]++;
                } else if (risk[early] < risk[late]) {
                    d++;
                    di[i]++;
                    di[j]++;
                } else {
                    tx++;
                    ti[i]++;
                    ti[j]++;
                }
            }
        }
        long pairs = c + d + tx;
        if (pairs == 0) {
            throw new InvalidInputException("no comparable pair of patients for the concordance index (needs at least"
                    + " one event followed by a longer follow-up)");
        }
        double somers = (double) (c - d) / pairs;
        double var = 0;
        for (int i = 0; i < n; i++) {
            double dfbeta = (double) (ci[i] - di[i]) / pairs - somers / pairs * (ci[i] + di[i] + ti[i]);
            var += dfbeta * dfbeta;
        }
        return new Concordance(c, d, tx, ty, (c + tx / 2.0) / pairs, Math.sqrt(var / 4));
    }

    /** Wald interval C ± z·se at the given level (not truncated). */
    public double[] interval(double level) {
        InputChecks.requireLevel(level);
        double z = Distributions.normalQuantile(0.5 + level / 2);
        return new double[] {index - z * standardError, index + z * standardError};
    }
}
