package org.netradiomics.stats.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/**
 * mRMR against the MID criterion written out in R with {@code cor()} (the estimator of mRMRe's classic mode:
 * I = −½ log(1 − ρ²)), and VIF against {@code 1 / (1 − summary(lm())$r.squared)}.
 */
class MrmrRTest {
    private static final String SCRIPT = """
            set.seed(5)
            n <- 80; p <- 12
            x <- matrix(rnorm(n * p), n, p)
            x[, 2] <- x[, 1] + rnorm(n, 0, 0.3)          # near-duplicate of feature 1
            x[, 7] <- 0.5 * x[, 3] + 0.5 * x[, 4] + rnorm(n, 0, 0.4)
            y <- as.numeric(x[, 1] + 0.6 * x[, 5] - 0.5 * x[, 9] + rnorm(n) > 0)
            for (i in 1:n) out(paste0("x", i), x[i, ])
            out("y", y)
            mi <- function(a, b) -0.5 * log(1 - cor(a, b)^2)
            rel <- sapply(1:p, function(j) mi(x[, j], y))
            sel <- which.max(rel); sc <- max(rel)
            while (length(sel) < 6) {
              cand <- setdiff(1:p, sel)
              s <- sapply(cand, function(j) rel[j] - mean(sapply(sel, function(k) mi(x[, j], x[, k]))))
              sel <- c(sel, cand[which.max(s)]); sc <- c(sc, max(s))
            }
            out("sel", sel - 1); out("score", sc)
            out("vif7", 1 / (1 - summary(lm(x[, 7] ~ x[, 3] + x[, 4] + x[, 1]))$r.squared))
            """;

    @Test
    void matchesMidCriterionInR() {
        Map<String, double[]> r = RScript.run(SCRIPT);
        double[][] x = new double[80][];
        for (int i = 0; i < 80; i++) {
            x[i] = r.get("x" + (i + 1));
        }
        Mrmr.Selection s = Mrmr.select(x, r.get("y"), Mrmr.Options.classic(6));
        double[] sel = new double[6];
        for (int k = 0; k < 6; k++) {
            sel[k] = s.features()[k];
        }
        assertArrayEquals(r.get("sel"), sel, 0, "selection order");
        RScript.assertClose("mRMR MID scores", r.get("score"), s.scores(), 1e-12);

        double[][] cols = new double[12][80];
        for (int j = 0; j < 12; j++) {
            double[] c = new double[80];
            double m = 0;
            for (int i = 0; i < 80; i++) {
                c[i] = x[i][j];
                m += c[i] / 80;
            }
            double ss = 0;
            for (int i = 0; i < 80; i++) {
                c[i] -= m;
                ss += c[i] * c[i];
            }
            for (int i = 0; i < 80; i++) {
                cols[j][i] = c[i] / Math.sqrt(ss);
            }
        }
        double vif = 1 / (1 - VarianceInflation.rSquared(cols, 6, List.of(2, 3, 0)));
        RScript.assertClose("VIF of feature 7 on 3, 4, 1", r.get("vif7")[0], vif, 1e-10);
    }

    @Test
    void redundancyAndCapsByHand() {
        // y = a; b = a + small noise (ρ(a,b) ≈ 1); c independent of a but mildly related to y through its own term.
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] b = {1.1, 2.0, 2.9, 4.1, 5.0, 5.9, 7.1, 8.0};
        double[] c = {1, -1, 1, -1, -1, 1, -1, 1};
        double[] y = {1.5, 1, 3.5, 3, 4.5, 6.5, 6, 8.5};
        double[][] x = new double[8][];
        for (int i = 0; i < 8; i++) {
            x[i] = new double[] {a[i], b[i], c[i]};
        }
        // ranking by relevance alone would take a then b; the redundancy term makes c the second choice
        assertArrayEquals(new int[] {0, 2}, Mrmr.select(x, y, Mrmr.Options.classic(2)).features());
        // with a pairwise R² cap of 0.9, b can never join a
        InvalidInputException capped = assertThrows(InvalidInputException.class,
                () -> Mrmr.select(x, y, new Mrmr.Options(3, 0.9, Double.POSITIVE_INFINITY)));
        assertTrue(capped.getMessage().contains("found only 2"), capped.getMessage());
        assertThrows(InvalidInputException.class, () -> new Mrmr.Options(0, 1, 10));
    }
}
