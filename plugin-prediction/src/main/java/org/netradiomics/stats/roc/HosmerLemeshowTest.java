package org.netradiomics.stats.roc;

import java.util.Arrays;

import org.netradiomics.stats.Distributions;
import org.netradiomics.volume.InvalidInputException;

/**
 * Hosmer-Lemeshow goodness-of-fit test as {@code ResourceSelection::hoslem.test(y, p, g)}: group limits are the
 * distinct type-7 quantiles of p at 0, 1/g, …, 1; group k holds q_{k−1} &lt; p ≤ q_k (the first group also
 * p = q_0, R's {@code cut(include.lowest = TRUE)}); χ² = Σ over groups and both outcomes of (O − E)²/E with
 * E = Σ p (positives) and Σ (1 − p) (negatives); g − 2 degrees of freedom (even if tied quantiles merged groups).
 * Where R would return NaN (a group left empty, or with expected count 0, by tied probabilities) this throws an
 * {@link InvalidInputException} saying so.
 *
 * @param chiSquare        the statistic
 * @param degreesOfFreedom g − 2
 * @param p                upper-tail chi-squared p-value
 * @param observedPositive observed positives per group
 * @param expectedPositive expected positives per group
 * @param groupSize        patients per group
 */
public record HosmerLemeshowTest(double chiSquare, int degreesOfFreedom, double p, double[] observedPositive,
        double[] expectedPositive, int[] groupSize) {

    public HosmerLemeshowTest {
        observedPositive = observedPositive.clone();
        expectedPositive = expectedPositive.clone();
        groupSize = groupSize.clone();
    }

    @Override
    public double[] observedPositive() {
        return observedPositive.clone();
    }

    @Override
    public double[] expectedPositive() {
        return expectedPositive.clone();
    }

    @Override
    public int[] groupSize() {
        return groupSize.clone();
    }

    /** Runs the test with g groups (10 is the usual choice). */
    public static HosmerLemeshowTest of(boolean[] positive, double[] probability, int groups) {
        Calibration.requireProbabilities(positive, probability);
        if (groups < 3) {
            throw new InvalidInputException("the Hosmer-Lemeshow test needs at least 3 groups, got " + groups);
        }
        double[] sorted = probability.clone();
        Arrays.sort(sorted);
        double[] limits = new double[groups + 1];
        for (int k = 0; k <= groups; k++) {
            limits[k] = Calibration.quantileType7(sorted, k * (1.0 / groups));
        }
        limits = Arrays.stream(limits).distinct().toArray();
        int g = limits.length - 1;
        if (g < 1) {
            throw new InvalidInputException("all predicted probabilities are equal (" + sorted[0]
                    + "); the Hosmer-Lemeshow test cannot form groups");
        }
        double[] o1 = new double[g];
        double[] e1 = new double[g];
        int[] size = new int[g];
        for (int i = 0; i < probability.length; i++) {
            double v = probability[i];
            int k = 0;
            while (k < g - 1 && v > limits[k + 1]) {
                k++;
            }
            size[k]++;
            e1[k] += v;
            if (positive[i]) {
                o1[k]++;
            }
        }
        double chi = 0;
        for (int k = 0; k < g; k++) {
            if (size[k] == 0 || e1[k] <= 0 || e1[k] >= size[k]) {
                throw new InvalidInputException("Hosmer-Lemeshow group " + (k + 1) + " of " + g + " (probabilities in ("
                        + limits[k] + ", " + limits[k + 1] + "]) has " + size[k] + " patients and expected counts "
                        + "that are zero; the predicted probabilities have too many ties for " + groups + " groups");
            }
            double o0 = size[k] - o1[k];
            double e0 = size[k] - e1[k];
            chi += (o1[k] - e1[k]) * (o1[k] - e1[k]) / e1[k] + (o0 - e0) * (o0 - e0) / e0;
        }
        int df = groups - 2;
        return new HosmerLemeshowTest(chi, df, Distributions.chiSquaredUpperTail(chi, df), o1, e1, size);
    }
}
