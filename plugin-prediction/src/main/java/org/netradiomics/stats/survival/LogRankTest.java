package org.netradiomics.stats.survival;

import java.util.Arrays;

import org.netradiomics.stats.Distributions;
import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.SymmetricMatrix;
import org.netradiomics.volume.InvalidInputException;

/**
 * Log-rank test of equal survival across groups, equal to R's {@code survdiff(Surv(time, status) ~ group)}
 * (rho = 0). At each distinct event time with d events among n at risk (n_g in group g):
 * E_g += d·n_g/n, V_gh += d(n − d)/(n − 1)·(n_g/n)(δ_gh − n_h/n); χ² = (O − E)ᵀ V⁻ (O − E) on the first G − 1
 * groups, G − 1 degrees of freedom.
 *
 * @param groups    the distinct group labels in increasing order
 * @param observed  observed events per group
 * @param expected  expected events per group
 * @param chiSquare the test statistic
 * @param degreesOfFreedom G − 1
 * @param p         upper-tail chi-squared p-value
 */
public record LogRankTest(int[] groups, double[] observed, double[] expected, double chiSquare, int degreesOfFreedom,
        double p) {

    public LogRankTest {
        groups = groups.clone();
        observed = observed.clone();
        expected = expected.clone();
    }

    @Override
    public int[] groups() {
        return groups.clone();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    @Override
    public double[] expected() {
        return expected.clone();
    }

    /** Runs the test; {@code group[i]} is patient i's group label. Needs at least two groups and one event. */
    public static LogRankTest of(SurvivalData y, int[] group) {
        int n = y.size();
        InputChecks.requireSameLength("the survival outcome", n, "the group labels", group.length);
        y.requireEvents(1, "a log-rank test");
        int[] labels = Arrays.stream(group).distinct().sorted().toArray();
        int g = labels.length;
        if (g < 2) {
            throw new InvalidInputException("a log-rank test needs at least two groups; all patients are in group "
                    + labels[0]);
        }
        int[] gi = new int[n];
        int[] atRiskG = new int[g];
        for (int i = 0; i < n; i++) {
            gi[i] = Arrays.binarySearch(labels, group[i]);
            atRiskG[gi[i]]++;
        }
        double[] obs = new double[g];
        double[] exp = new double[g];
        double[][] v = new double[g][g];
        int[] order = y.ascendingOrder();
        int atRisk = n;
        int k = 0;
        int[] dG = new int[g];
        int[] leaving = new int[g];
        while (k < n) {
            double t = y.time(order[k]);
            Arrays.fill(dG, 0);
            Arrays.fill(leaving, 0);
            int d = 0;
            int left = 0;
            while (k < n && y.time(order[k]) == t) {
                int i = order[k];
                if (y.event(i)) {
                    dG[gi[i]]++;
                    d++;
                }
                leaving[gi[i]]++;
                left++;
                k++;
            }
            if (d > 0) {
                double nn = atRisk;
                for (int a = 0; a < g; a++) {
                    obs[a] += dG[a];
                    exp[a] += d * atRiskG[a] / nn;
                    if (atRisk > 1) {
                        double f = d * (nn - d) / (nn - 1);
                        for (int b = 0; b < g; b++) {
                            v[a][b] += f * (atRiskG[a] / nn) * ((a == b ? 1 : 0) - atRiskG[b] / nn);
                        }
                    }
                }
            }
            for (int a = 0; a < g; a++) {
                atRiskG[a] -= leaving[a];
            }
            atRisk -= left;
        }
        double[][] vr = new double[g - 1][g - 1];
        double[] diff = new double[g - 1];
        for (int a = 0; a < g - 1; a++) {
            diff[a] = obs[a] - exp[a];
            for (int b = 0; b < g - 1; b++) {
                vr[a][b] = v[a][b];
            }
        }
        double[] sol = SymmetricMatrix.factor(vr, "the log-rank variance matrix (a group without patients at risk"
                + " at any event time?)").solve(diff);
        double chi = 0;
        for (int a = 0; a < g - 1; a++) {
            chi += diff[a] * sol[a];
        }
        return new LogRankTest(labels, obs, exp, chi, g - 1, Distributions.chiSquaredUpperTail(chi, g - 1));
    }
}
