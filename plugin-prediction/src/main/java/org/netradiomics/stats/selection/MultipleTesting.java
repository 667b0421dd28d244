package org.netradiomics.stats.selection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.netradiomics.volume.InvalidInputException;

/** Adjustment of p-values for multiple testing. */
public final class MultipleTesting {
    private MultipleTesting() {}

    /**
     * Benjamini-Hochberg false-discovery-rate adjustment, {@code p.adjust(p, "BH")}: with p sorted decreasingly,
     * q_(i) = min over j ≥ i (in increasing order) of min(1, n/j · p_(j)); returned in the input order.
     */
    public static double[] benjaminiHochberg(double[] p) {
        int n = p.length;
        for (int i = 0; i < n; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new InvalidInputException("p-value " + (i + 1) + " is " + p[i] + "; p-values must lie in [0, 1]");
            }
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        double[] q = new double[n];
        double running = 1;
        for (int k = 0; k < n; k++) {
            int rank = n - k;
            running = Math.min(running, (double) n / rank * p[order[k]]);
            q[order[k]] = Math.min(1, running);
        }
        return q;
    }
}
