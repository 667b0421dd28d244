package org.netradiomics.stats.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;

/** Bootstrap-LASSO selection frequencies against glmnet refitted by R on the same bootstrap resamples. */
class StabilitySelectionRTest {
    private static final String SCRIPT = """
            set.seed(21)
            n <- 90; p <- 10; B <- 20
            x <- matrix(rnorm(n * p), n, p)
            y <- rbinom(n, 1, plogis(1.2 * x[, 1] - 1.0 * x[, 4] + 0.8 * x[, 7]))
            for (i in 1:n) out(paste0("x", i), x[i, ])
            out("y", y)
            freq <- rep(0, p)
            for (b in 1:B) {
              idx <- sample(n, n, replace = TRUE)
              out(paste0("idx", b), idx - 1)
              fit <- glmnet(x[idx, ], y[idx], family = "binomial", lambda = 0.04, thresh = 1e-20)
              freq <- freq + (as.numeric(coef(fit))[-1] != 0) / B
            }
            out("freq", freq)
            """;

    @Test
    void frequenciesMatchGlmnetOnTheSameResamples() {
        Map<String, double[]> r = RScript.run(SCRIPT, "glmnet");
        double[][] x = new double[90][];
        boolean[] y = new boolean[90];
        for (int i = 0; i < 90; i++) {
            x[i] = r.get("x" + (i + 1));
            y[i] = r.get("y")[i] == 1;
        }
        int[][] samples = new int[20][];
        for (int b = 0; b < 20; b++) {
            samples[b] = Arrays.stream(r.get("idx" + (b + 1))).mapToInt(d -> (int) d).toArray();
        }
        double[] freq = StabilitySelection.frequencies(x, y, 0.04, samples);
        RScript.assertClose("bootstrap-LASSO frequencies", r.get("freq"), freq, 1e-12);
        // the three true predictors (1, 4, 7) lead the ranking
        int[] top = StabilitySelection.top(freq, 3);
        Arrays.sort(top);
        assertArrayEquals(new int[] {0, 3, 6}, top);
        // seeded resampling is reproducible
        assertArrayEquals(StabilitySelection.frequencies(x, y, 0.04, 15, 3), StabilitySelection.frequencies(x, y, 0.04, 15, 3));
        assertTrue(StabilitySelection.frequencies(x, y, 0.04, 15, 3)[0] > 0.9);
    }
}
