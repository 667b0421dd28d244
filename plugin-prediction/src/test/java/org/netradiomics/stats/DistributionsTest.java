package org.netradiomics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Distribution functions against closed forms and published constants (no R needed). */
class DistributionsTest {
    @Test
    void chiSquaredWithTwoDegreesIsExponential() {
        // P(χ²₂ > x) = exp(−x/2) exactly
        for (double x : new double[] {0.1, 1, 5.991464547107979, 20, 60}) {
            double exact = Math.exp(-x / 2);
            assertEquals(exact, Distributions.chiSquaredUpperTail(x, 2), 1e-14 * exact);
        }
    }

    @Test
    void publishedNormalAndChiSquaredConstants() {
        // z_{0.975} = 1.959963984540054 (Abramowitz & Stegun 26.2; qnorm(0.975))
        assertEquals(1.959963984540054, Distributions.normalQuantile(0.975), 1e-14);
        assertEquals(-1.959963984540054, Distributions.normalQuantile(0.025), 1e-14);
        assertEquals(1.6448536269514722, Distributions.normalQuantile(0.95), 1e-14);
        assertEquals(0.975, Distributions.normalCdf(1.959963984540054), 1e-15);
        assertEquals(0.5, Distributions.normalCdf(0), 1e-16);
        // Φ(−x) tail for large x: Mills-ratio check, Φ(−10) = 7.619853024160527e-24
        assertEquals(7.619853024160527e-24, Distributions.normalCdf(-10), 1e-36);
        // χ²₁ critical value 3.841458820694124 at 5%
        assertEquals(0.05, Distributions.chiSquaredUpperTail(3.841458820694124, 1), 1e-15);
        assertEquals(Math.log(24), Distributions.logGamma(5), 1e-14);
        // Student t: t_{0.975, 10} = 2.228138851986274; with 1 df P(|T| > 1) = 1/2 exactly (Cauchy)
        assertEquals(0.05, Distributions.twoSidedStudentP(2.228138851986274, 10), 1e-14);
        assertEquals(0.5, Distributions.twoSidedStudentP(1, 1), 1e-15);
        assertEquals(0.5 * Math.log(Math.PI), Distributions.logGamma(0.5), 1e-14);
    }

    @Test
    void quantileInvertsCdf() {
        for (double p : new double[] {1e-12, 1e-6, 0.01, 0.3, 0.5, 0.77, 0.999}) {
            assertEquals(p, Distributions.normalCdf(Distributions.normalQuantile(p)), 1e-13 * Math.max(p, 1e-3));
        }
    }
}
