package org.netradiomics.stats.survival;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Right-censored survival outcome ({@code Surv(time, status)}): follow-up time and whether the event was observed
 * (true) or the patient was censored (false). Arrays are copied; the object is immutable.
 */
public final class SurvivalData {
    private final double[] time;
    private final boolean[] event;
    private final int[] ascending;
    private final int events;

    private SurvivalData(double[] time, boolean[] event) {
        this.time = time;
        this.event = event;
        this.ascending = IntStream.range(0, time.length).boxed()
                .sorted(Comparator.comparingDouble(i -> time[i])).mapToInt(Integer::intValue).toArray();
        int e = 0;
        for (boolean b : event) {
            if (b) {
                e++;
            }
        }
        this.events = e;
    }

    /** Validates and wraps the outcome: same lengths, finite non-negative times, at least one patient. */
    public static SurvivalData of(double[] time, boolean[] event) {
        InputChecks.requireSameLength("survival times", time.length, "event indicators", event.length);
        if (time.length == 0) {
            throw new InvalidInputException("the survival outcome has no patients");
        }
        InputChecks.requireFinite("survival time", time);
        for (int i = 0; i < time.length; i++) {
            if (time[i] < 0) {
                throw new InvalidInputException("survival time " + (i + 1) + " is negative (" + time[i] + ")");
            }
        }
        return new SurvivalData(time.clone(), event.clone());
    }

    /** Same as {@link #of(double[], boolean[])} with status coded 1 = event, 0 = censored (R's convention). */
    public static SurvivalData of(double[] time, int[] status) {
        boolean[] e = new boolean[status.length];
        for (int i = 0; i < status.length; i++) {
            if (status[i] != 0 && status[i] != 1) {
                throw new InvalidInputException("event status " + (i + 1) + " is " + status[i]
                        + "; use 1 for an observed event and 0 for censored");
            }
            e[i] = status[i] == 1;
        }
        return of(time, e);
    }

    public int size() {
        return time.length;
    }

    public int eventCount() {
        return events;
    }

    public double time(int i) {
        return time[i];
    }

    public boolean event(int i) {
        return event[i];
    }

    /** Patient indices in order of increasing time (stable for ties). */
    int[] ascendingOrder() {
        return ascending;
    }

    /** Patient indices in order of increasing time (stable for ties); a copy. */
    public int[] sortedByTime() {
        return ascending.clone();
    }

    /** The subset of patients at the given indices. */
    public SurvivalData subset(int[] rows) {
        double[] t = new double[rows.length];
        boolean[] e = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) {
            t[k] = time[rows[k]];
            e[k] = event[rows[k]];
        }
        return new SurvivalData(t, e);
    }

    /** Fails unless at least {@code min} events are observed, naming the purpose. */
    void requireEvents(int min, String purpose) {
        if (events < min) {
            throw new InvalidInputException(purpose + " needs at least " + min + " observed event(s); the data have "
                    + events + " among " + time.length + " patients (all others censored)");
        }
    }

    @Override
    public String toString() {
        return "SurvivalData[n=" + time.length + ", events=" + events + ", times=" + Arrays.toString(
                Arrays.copyOf(time, Math.min(5, time.length))) + "...]";
    }
}
