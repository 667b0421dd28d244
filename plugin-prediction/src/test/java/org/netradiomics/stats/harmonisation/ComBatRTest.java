package org.netradiomics.stats.harmonisation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** ComBat against {@code sva::ComBat} (parametric priors) on data R generates with centre shifts and scales. */
class ComBatRTest {
    private static final int N = 37;
    private static final int P = 8;
    private static final String SCRIPT = """
            set.seed(11)
            n <- 37; p <- 8
            batch <- rep(c("A", "B", "C"), c(12, 15, 10))
            age <- rnorm(n, 60, 10)
            shift <- c(A = 0, B = 1.5, C = -1); scale <- c(A = 1, B = 2, C = 0.6)
            x <- sapply(1:p, function(g) (rnorm(n, g, 1) + 0.03 * g * (age - 60)) * scale[batch] + shift[batch] * g / 3)
            out("batch", match(batch, c("A", "B", "C")))
            out("age", age)
            for (i in 1:n) out(paste0("x", i), x[i, ])
            h1 <- suppressMessages(ComBat(t(x), batch))
            h2 <- suppressMessages(ComBat(t(x), batch, mod = model.matrix(~age)))
            h3 <- suppressMessages(ComBat(t(x), batch, mean.only = TRUE))
            h4 <- suppressMessages(ComBat(t(x), batch, ref.batch = "B"))
            for (i in 1:n) { out(paste0("h1_", i), h1[, i]); out(paste0("h2_", i), h2[, i])
                             out(paste0("h3_", i), h3[, i]); out(paste0("h4_", i), h4[, i]) }
            """;

    @Test
    void matchesSvaComBat() {
        Map<String, double[]> r = RScript.run(SCRIPT, "sva");
        String[] batch = new String[N];
        double[][] x = new double[N][];
        double[][] age = new double[N][1];
        for (int i = 0; i < N; i++) {
            batch[i] = new String[] {"A", "B", "C"}[(int) r.get("batch")[i] - 1];
            x[i] = r.get("x" + (i + 1));
            age[i][0] = r.get("age")[i];
        }
        compare("ComBat parametric", r, "h1_", ComBat.fit(x, batch, null, false, null), x, batch, null);
        compare("ComBat with covariate", r, "h2_", ComBat.fit(x, batch, age, false, null), x, batch, age);
        compare("ComBat mean only", r, "h3_", ComBat.fit(x, batch, null, true, null), x, batch, null);
        ComBatModel ref = ComBat.fit(x, batch, null, false, "B");
        compare("ComBat reference centre B", r, "h4_", ref, x, batch, null);
        // samples of the reference centre are left as they were (sva's ref.batch)
        assertArrayEquals(x[12], ref.harmonise(x[12], "B", null), 1e-12);
    }

    private static void compare(String what, Map<String, double[]> r, String prefix, ComBatModel model, double[][] x,
            String[] batch, double[][] cov) {
        double[][] h = model.harmonise(x, batch, cov);
        double[] expected = new double[N * P];
        double[] actual = new double[N * P];
        for (int i = 0; i < N; i++) {
            System.arraycopy(r.get(prefix + (i + 1)), 0, expected, i * P, P);
            System.arraycopy(h[i], 0, actual, i * P, P);
        }
        RScript.assertClose(what, expected, actual, 1e-9);
    }

    @Test
    void refusesBadInput() {
        double[][] x = {{1, 2}, {2, 3}, {3, 1}, {4, 5}};
        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> ComBat.fit(x, new String[] {"A", "A", "A", "A"}, null, false, null));
        assertTrue(one.getMessage().contains("at least 2 centres"), one.getMessage());
        InvalidInputException single = assertThrows(InvalidInputException.class,
                () -> ComBat.fit(x, new String[] {"A", "A", "A", "B"}, null, false, null));
        assertTrue(single.getMessage().contains("single sample"), single.getMessage());
        ComBatModel m = ComBat.fit(x, new String[] {"A", "A", "B", "B"}, null, false, null);
        InvalidInputException unseen = assertThrows(InvalidInputException.class,
                () -> m.harmonise(new double[] {1, 2}, "C", null));
        assertTrue(unseen.getMessage().contains("'C'"), unseen.getMessage());
    }
}
