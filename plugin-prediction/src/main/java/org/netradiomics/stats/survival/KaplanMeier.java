package org.netradiomics.stats.survival;

import java.util.ArrayList;
import java.util.List;

import org.netradiomics.stats.Distributions;
import org.netradiomics.stats.InputChecks;

/**
 * Kaplan-Meier estimate, equal to R's {@code survfit(Surv(time, status) ~ 1)} with its defaults: one row per
 * distinct time (event or censoring), S(t) = Π (1 − d/n), {@code std.err} = Greenwood's standard error of
 * −log S, sqrt(Σ d / (n(n − d))), and the "log" confidence interval exp(log S ± z·std.err), capped at 1.
 */
public final class KaplanMeier {
    /** One step of the curve: a distinct time, patients at risk just before it, events, censorings and the estimates. */
    public record Step(double time, int atRisk, int events, int censored, double survival, double standardError,
            double lower, double upper) {}

    private final List<Step> steps;

    private KaplanMeier(List<Step> steps) {
        this.steps = steps;
    }

    /** Estimates the curve with a 95% interval. */
    public static KaplanMeier fit(SurvivalData y) {
        return fit(y, 0.95);
    }

    /** Estimates the curve with an interval at the given level. */
    public static KaplanMeier fit(SurvivalData y, double level) {
        InputChecks.requireLevel(level);
        double z = Distributions.normalQuantile(0.5 + level / 2);
        int[] order = y.ascendingOrder();
        int n = y.size();
        List<Step> steps = new ArrayList<>();
        double s = 1;
        double greenwood = 0;
        int atRisk = n;
        int k = 0;
        while (k < n) {
            double t = y.time(order[k]);
            int d = 0;
            int c = 0;
            while (k < n && y.time(order[k]) == t) {
                if (y.event(order[k])) {
                    d++;
                } else {
                    c++;
                }
                k++;
            }
            s *= 1 - (double) d / atRisk;
            greenwood += atRisk == d ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
            double se = Math.sqrt(greenwood);
            double lo = s > 0 && Double.isFinite(se) ? Math.exp(Math.log(s) - z * se) : Double.NaN;
            double hi = s > 0 && Double.isFinite(se) ? Math.min(1, Math.exp(Math.log(s) + z * se)) : Double.NaN;
            steps.add(new Step(t, atRisk, d, c, s, se, lo, hi));
            atRisk -= d + c;
        }
        return new KaplanMeier(List.copyOf(steps));
    }

    /** All steps in time order. */
    public List<Step> steps() {
        return steps;
    }

    /** S(t): the estimate at the last step at or before t (1 before the first time). */
    public double survival(double t) {
        double s = 1;
        for (Step st : steps) {
            if (st.time() > t) {
                break;
            }
            s = st.survival();
        }
        return s;
    }

    /**
     * Median survival as {@code print(survfit)}: the first time where S ≤ 0.5; when S equals 0.5 exactly on an
     * interval, the midpoint between that time and the next event time. NaN when S never reaches 0.5.
     */
    public double median() {
        for (int i = 0; i < steps.size(); i++) {
            double s = steps.get(i).survival();
            if (Math.abs(s - 0.5) < 1e-8) {
                for (int j = i + 1; j < steps.size(); j++) {
                    if (steps.get(j).events() > 0) {
                        return (steps.get(i).time() + steps.get(j).time()) / 2;
                    }
                }
                return steps.get(i).time();
            }
            if (s < 0.5) {
                return steps.get(i).time();
            }
        }
        return Double.NaN;
    }
}
