package org.netradiomics.stats.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

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

    /**
     * A near-linear combination c = 0.74 a + √(1 − 0.74²) b + 0.05 e of two features the criterion selects first (a, then
     * b) is the MID criterion's third choice, but its VIF on {a, b} is about 1 + 1/0.05² = 401: with a VIF cap of 10
     * it is skipped. The columns a, b, e and the outcome noise are made exactly orthonormal, so the sample
     * correlations are the designed ones (corr(a, y) = 0.764, corr(b, y) = 0.265, corr(c, y) = 0.743) and the
     * order does not rest on sampling luck: MID margins are at least 0.03 against the pure-noise features (their
     * relevance is about χ²₁ / 2n, below 0.01 here). The VIFs and the capped selection are recomputed in R with
     * {@code lm} on the data this test writes.
     */
    @Test
    void vifCapSkipsANearLinearCombinationOfSelectedFeatures() {
        int n = 300;
        int p = 10;
        int a = 1;
        int c = 3;
        int b = 4;
        SplittableRandom rnd = new SplittableRandom(11);
        double[][] basis = new double[4][n];
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < n; i++) {
                basis[k][i] = gaussian(rnd);
            }
        }
        orthonormalise(basis);
        double[] y = new double[n];
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            double ai = basis[0][i];
            double bi = basis[1][i];
            y[i] = 1.3 * ai + 0.45 * bi + 1.0 * basis[2][i];
            for (int j = 0; j < p; j++) {
                x[i][j] = gaussian(rnd);
            }
            // features on a radiomics-like scale; correlations do not depend on it
            x[i][a] = 100 + 20 * ai;
            x[i][b] = -3 + 0.5 * bi;
            x[i][c] = 0.74 * ai + Math.sqrt(1 - 0.74 * 0.74) * bi + 0.05 * basis[3][i];
        }
        double cap = 10;
        StringBuilder script = new StringBuilder();
        script.append("x <- matrix(").append(RScript.vector(Arrays.stream(x).flatMapToDouble(Arrays::stream)
                .toArray())).append(", ").append(n).append(", ").append(p).append(", byrow = TRUE)\n");
        script.append("y <- ").append(RScript.vector(y)).append('\n');
        script.append("cap <- ").append(cap).append('\n');
        script.append("""
                vif <- function(j, sel) 1 / (1 - summary(lm(x[, j] ~ x[, sel]))$r.squared)
                mi <- function(u, v) -0.5 * log(1 - cor(u, v)^2)
                rel <- sapply(1:ncol(x), function(j) mi(x[, j], y))
                mrmr <- function(count, maxvif) {
                  sel <- c(); sc <- c()
                  while (length(sel) < count) {
                    cand <- setdiff(1:ncol(x), sel)
                    if (length(sel) > 0) cand <- cand[sapply(cand, function(j) vif(j, sel) <= maxvif)]
                    s <- sapply(cand, function(j) rel[j] - if (length(sel) == 0) 0
                                else mean(sapply(sel, function(k) mi(x[, j], x[, k]))))
                    sel <- c(sel, cand[which.max(s)]); sc <- c(sc, max(s))
                  }
                  list(sel = sel, sc = sc)
                }
                free <- mrmr(4, Inf); capped <- mrmr(4, cap)
                out("freeSel", free$sel - 1); out("freeScore", free$sc)
                out("cappedSel", capped$sel - 1); out("cappedScore", capped$sc)
                out("vifCab", vif(4, c(2, 5))); out("vifCa", vif(4, 2))
                out("vifThird", vif(capped$sel[3], capped$sel[1:2]))
                """);
        Map<String, double[]> r = RScript.run(script.toString());

        // without a cap the criterion takes a, b, then c
        Mrmr.Selection free = Mrmr.select(x, y, Mrmr.Options.classic(4));
        assertArrayEquals(new int[] {a, b, c}, Arrays.copyOf(free.features(), 3), Arrays.toString(free.features()));
        assertArrayEquals(r.get("freeSel"), Arrays.stream(free.features()).asDoubleStream().toArray(), 0,
                "uncapped order");
        RScript.assertClose("mRMR uncapped MID scores", r.get("freeScore"), free.scores(), 1e-10);
        // c's VIF on {a, b} (R's lm) is far above the cap, its VIF on {a} alone below it (not skipped at step 2)
        double vifCab = r.get("vifCab")[0];
        // by hand: the residual of c on a, b is 0.05 e, so 1 - R² = 0.05² / (0.74² + 0.6726² + 0.05²) = 0.0025 / 1.0025
        assertEquals(401, vifCab, 1e-6, "R VIF of c on a, b");
        assertTrue(vifCab > cap);
        assertTrue(r.get("vifCa")[0] < cap, "R VIF of c on a: " + r.get("vifCa")[0]);
        double[][] cols = unitColumns(x);
        RScript.assertClose("VIF of c on a, b", vifCab, 1 / (1 - VarianceInflation.rSquared(cols, c, List.of(a, b))),
                1e-8);

        // with the cap, c is skipped: the first two picks stay, c is never taken, and the replacement is within it
        Mrmr.Selection capped = Mrmr.select(x, y, new Mrmr.Options(4, 1, cap));
        assertArrayEquals(new int[] {a, b}, Arrays.copyOf(capped.features(), 2), Arrays.toString(capped.features()));
        assertFalse(Arrays.stream(capped.features()).anyMatch(j -> j == c), Arrays.toString(capped.features()));
        assertArrayEquals(r.get("cappedSel"), Arrays.stream(capped.features()).asDoubleStream().toArray(), 0,
                "capped order (R: MID over candidates with lm VIF <= cap)");
        RScript.assertClose("mRMR capped MID scores", r.get("cappedScore"), capped.scores(), 1e-10);
        assertTrue(r.get("vifThird")[0] <= cap, "R VIF of the third pick: " + r.get("vifThird")[0]);
        assertEquals(free.scores()[1], capped.scores()[1], 0, "selection before the skip is unchanged");
        assertTrue(capped.scores()[2] < free.scores()[2], "the replacement scores below the skipped c");
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Centres each row of {@code v} and makes the rows orthonormal (Gram-Schmidt), so sample correlations are 0. */
    private static void orthonormalise(double[][] v) {
        for (int k = 0; k < v.length; k++) {
            double m = Arrays.stream(v[k]).average().orElseThrow();
            for (int i = 0; i < v[k].length; i++) {
                v[k][i] -= m;
            }
            for (int q = 0; q < k; q++) {
                double dot = 0;
                for (int i = 0; i < v[k].length; i++) {
                    dot += v[k][i] * v[q][i];
                }
                for (int i = 0; i < v[k].length; i++) {
                    v[k][i] -= dot * v[q][i];
                }
            }
            double norm = Math.sqrt(Arrays.stream(v[k]).map(d -> d * d).sum());
            for (int i = 0; i < v[k].length; i++) {
                v[k][i] /= norm;
            }
        }
    }

    private static double[][] unitColumns(double[][] x) {
        int n = x.length;
        double[][] cols = new double[x[0].length][n];
        for (int j = 0; j < cols.length; j++) {
            for (int i = 0; i < n; i++) {
                cols[j][i] = x[i][j];
            }
            orthonormalise(new double[][] {cols[j]});
        }
        return cols;
    }
}
