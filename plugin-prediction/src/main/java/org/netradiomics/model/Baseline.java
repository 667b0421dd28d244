package org.netradiomics.model;

import java.util.Arrays;

import org.netradiomics.volume.InvalidInputException;

/**
 * Baseline cumulative hazard of a Cox package, for absolute survival: S(t | x) = exp(−H₀(t)·exp(lp(x))), where lp is
 * the package's own linear predictor (on its scaled inputs, not centred) and H₀ the step function that jumps to
 * {@code cumulativeHazard[k]} at {@code times[k]} (R: {@code basehaz(fit, centered = FALSE)}).
 *
 * @param timeUnit         unit of the times (e.g. "months", or the cohort's time column)
 * @param times            event times, ascending, ≥ 0
 * @param cumulativeHazard H₀ at each time, non-decreasing, ≥ 0
 * @param reportTimes      times at which predictions report survival (may be empty)
 */
public record Baseline(String timeUnit, double[] times, double[] cumulativeHazard, double[] reportTimes) {

    public Baseline {
        if (times.length != cumulativeHazard.length || times.length == 0) {
            throw new InvalidInputException("baseline: times and cumulativeHazard must be non-empty and of equal "
                    + "length (" + times.length + " and " + cumulativeHazard.length + ")");
        }
        for (int k = 0; k < times.length; k++) {
            if (!(times[k] >= 0) || !(cumulativeHazard[k] >= 0) || (k > 0 && (times[k] < times[k - 1]
                    || cumulativeHazard[k] < cumulativeHazard[k - 1]))) {
                throw new InvalidInputException("baseline: times must ascend from 0 or more and the cumulative "
                        + "hazard must not decrease (entry " + k + ": time " + times[k] + ", hazard "
                        + cumulativeHazard[k] + ")");
            }
        }
        for (double t : reportTimes) {
            if (!(t > 0)) {
                throw new InvalidInputException("baseline: reportTimes must be positive, not " + t);
            }
        }
        times = times.clone();
        cumulativeHazard = cumulativeHazard.clone();
        reportTimes = reportTimes.clone();
    }

    /** H₀(t): the cumulative hazard at the last event time ≤ t (0 before the first). */
    public double cumulativeHazardAt(double t) {
        int k = Arrays.binarySearch(times, t);
        if (k < 0) {
            k = -k - 2;
        } else {
            while (k + 1 < times.length && times[k + 1] == t) {
                k++;
            }
        }
        return k < 0 ? 0 : cumulativeHazard[k];
    }

    /** S(t | lp) = exp(−H₀(t)·exp(lp)). */
    public double survival(double linearPredictor, double t) {
        return Math.exp(-cumulativeHazardAt(t) * Math.exp(linearPredictor));
    }

    /** The last event time: survival beyond it is extrapolated as flat. */
    public double lastTime() {
        return times[times.length - 1];
    }

    /** Equal when the unit and every number are equal (records compare arrays by reference otherwise). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Baseline b && timeUnit.equals(b.timeUnit) && Arrays.equals(times, b.times)
                && Arrays.equals(cumulativeHazard, b.cumulativeHazard) && Arrays.equals(reportTimes, b.reportTimes);
    }

    @Override
    public int hashCode() {
        return timeUnit.hashCode() + 31 * Arrays.hashCode(times) + 961 * Arrays.hashCode(cumulativeHazard)
                + 29791 * Arrays.hashCode(reportTimes);
    }

    @Override
    public String toString() {
        return "Baseline[" + timeUnit + ", " + times.length + " event times up to " + lastTime() + ", report at "
                + Arrays.toString(reportTimes) + "]";
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] cumulativeHazard() {
        return cumulativeHazard.clone();
    }

    @Override
    public double[] reportTimes() {
        return reportTimes.clone();
    }
}
