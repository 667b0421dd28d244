package org.netradiomics.stats.decomposition;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;

/** PCA against R's prcomp (sign fixed as in {@link Pca}) in the n > p and the n < p (Gram) regimes. */
class PcaRTest {
    private static final String SCRIPT = """
            set.seed(8)
            fix <- function(pc, k) { r <- pc$rotation[, 1:k, drop = FALSE]
              for (m in 1:k) if (r[which.max(abs(r[, m])), m] < 0) r[, m] <- -r[, m]
              r }
            emit <- function(tag, x, k) {
              for (i in 1:nrow(x)) out(paste0(tag, "x", i), x[i, ])
              pc <- prcomp(x); r <- fix(pc, k)
              out(paste0(tag, "sdev"), pc$sdev[1:k])
              out(paste0(tag, "scores"), as.vector(t(scale(x, scale = FALSE) %*% r)))
            }
            emit("tall", matrix(rnorm(50 * 6), 50, 6) %*% matrix(rnorm(36), 6, 6), 4)
            emit("wide", matrix(rnorm(12 * 40), 12, 40) %*% diag(seq(3, 0.1, length.out = 40)), 5)
            """;

    @Test
    void matchesPrcomp() {
        Map<String, double[]> r = RScript.run(SCRIPT);
        check(r, "tall", 50, 4);
        check(r, "wide", 12, 5);
    }

    private static void check(Map<String, double[]> r, String tag, int n, int k) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = r.get(tag + "x" + (i + 1));
        }
        Pca pca = Pca.fit(x, k);
        RScript.assertClose("prcomp sdev (" + tag + ")", r.get(tag + "sdev"), pca.sdev(), 1e-9);
        double[] scores = new double[n * k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(pca.transform(x[i]), 0, scores, i * k, k);
        }
        RScript.assertClose("prcomp scores (" + tag + ")", r.get(tag + "scores"), scores, 1e-8);
    }
}
