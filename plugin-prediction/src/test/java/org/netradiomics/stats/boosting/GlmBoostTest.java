package org.netradiomics.stats.boosting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.volume.InvalidInputException;

/** glmBoost: its first step by hand, its limit against R's glm, and cross-validated stopping on a known signal. */
class GlmBoostTest {

    @Test
    void firstStepByHand() {
        // x = (−1, −1, 1, 1) (already centred), y = (0, 1, 1, 1): p̄ = 0.75, offset = ½ ln 3.
        // u = 2y*/(1 + e^{2y* f}) = (−1.5, 0.5, 0.5, 0.5); intercept learner: β = mean(u) = 0, RSS = Σu² = 3;
        // x learner: β = Σxu / Σx² = 2 / 4 = 0.5, RSS = 3 − 2²/4 = 2 -> x chosen; half-logit coefficient
        // 0.1 · 0.5 = 0.05, logit 0.1; intercept stays 2 · ½ ln 3 = ln 3.
        double[][] x = {{-1}, {-1}, {1}, {1}};
        boolean[] y = {false, true, true, true};
        GlmBoost fit = GlmBoost.binomial(x, y, 1, 0.1);
        assertEquals(0.1, fit.coefficients(1)[0], 1e-15);
        assertEquals(Math.log(3), fit.intercept(1), 1e-15);
        assertEquals(Math.log(3), fit.intercept(0), 1e-15);
    }

    @Test
    void longBoostingReachesTheLogisticMaximumLikelihoodOfR() {
        Map<String, double[]> r = RScript.run("""
                set.seed(9)
                n <- 120
                x <- cbind(rnorm(n, 5, 2), rnorm(n), rnorm(n))
                y <- rbinom(n, 1, plogis(-2 + 0.4 * x[, 1] + 0.8 * x[, 2]))
                for (i in 1:n) out(paste0("x", i), x[i, ])
                out("y", y)
                out("coef", coef(glm(y ~ x, family = binomial)))
                """);
        double[][] x = new double[120][];
        boolean[] y = new boolean[120];
        for (int i = 0; i < 120; i++) {
            x[i] = r.get("x" + (i + 1));
            y[i] = r.get("y")[i] == 1;
        }
        GlmBoost fit = GlmBoost.binomial(x, y, 20000, 0.5);
        double[] b = fit.coefficients(20000);
        RScript.assertClose("glmBoost limit vs glm", r.get("coef"),
                new double[] {fit.intercept(20000), b[0], b[1], b[2]}, 1e-6);
    }

    @Test
    void crossValidatedStoppingKeepsTheSignal() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        int n = 200;
        double[][] x = new double[n][10];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 10; j++) {
                x[i][j] = gaussian(random);
            }
            double eta = 1.5 * x[i][0] - 1.0 * x[i][1];
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
        }
        int[] folds = StratifiedSplit.folds(StratifiedSplit.classes(y), 5, 1);
        GlmBoostCrossValidation cv = GlmBoostCrossValidation.run(x, y, folds, 300, 0.1);
        assertTrue(cv.bestMstop() > 10 && cv.bestMstop() <= 300, "mstop " + cv.bestMstop());
        double[] b = GlmBoost.binomial(x, y, cv.bestMstop(), 0.1).coefficients(cv.bestMstop());
        assertTrue(b[0] > 0.8 && b[1] < -0.5, "true signal kept: " + java.util.Arrays.toString(b));
        for (int j = 2; j < 10; j++) {
            assertTrue(Math.abs(b[j]) < Math.abs(b[1]), "noise feature " + j + " smaller than signal");
        }
        assertThrows(InvalidInputException.class, () -> GlmBoost.binomial(x, y, 0, 0.1));
        assertArrayEquals(new double[10], GlmBoost.binomial(x, y, 5, 0.1).coefficients(0));
    }

    private static double gaussian(java.util.SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
