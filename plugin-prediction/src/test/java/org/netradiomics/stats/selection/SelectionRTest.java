package org.netradiomics.stats.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** t-test, Wilcoxon test, BH adjustment and ICC against R (stats, psych). */
class SelectionRTest {
    private static final String SCRIPT = """
            set.seed(3)
            a <- rnorm(12, 1); b <- rnorm(15)          # small, no ties: exact Wilcoxon
            c <- round(rnorm(40, 0.5), 1); d <- round(rnorm(35), 1)   # ties: normal approximation
            e <- rnorm(60, 0.3); f <- rnorm(55)       # large: normal approximation
            for (nm in c("a", "b", "c", "d", "e", "f")) out(nm, get(nm))
            tt <- function(x, y) { r <- t.test(x, y); c(r$statistic, r$parameter, r$p.value) }
            ww <- function(x, y) { r <- suppressWarnings(wilcox.test(x, y)); c(r$statistic, r$p.value) }
            out("t.ab", tt(a, b)); out("t.cd", tt(c, d)); out("t.ef", tt(e, f))
            out("w.ab", ww(a, b)); out("w.cd", ww(c, d)); out("w.ef", ww(e, f))
            pv <- c(0.01, 0.04, 0.03, 0.04, 0.2, 0.9, 0.001, 0.5, 0.04)
            out("pv", pv); out("bh", p.adjust(pv, "BH"))
            truth <- rnorm(30, 10, 3)
            m <- cbind(truth + rnorm(30, 0, 1), truth + 0.5 + rnorm(30, 0, 1), truth - 0.3 + rnorm(30, 0, 1.2))
            for (j in 1:3) out(paste0("r", j), m[, j])
            icc <- suppressMessages(suppressWarnings(psych::ICC(m, lmer = FALSE)))$results$ICC
            out("icc", icc[1:3])
            """;

    @Test
    void matchesR() {
        Map<String, double[]> r = RScript.run(SCRIPT, "psych");
        double[] a = r.get("a");
        double[] b = r.get("b");
        double[] c = r.get("c");
        double[] d = r.get("d");
        double[] e = r.get("e");
        double[] f = r.get("f");
        check("Welch t small", r.get("t.ab"), TwoSampleTest.welch(a, b));
        check("Welch t ties", r.get("t.cd"), TwoSampleTest.welch(c, d));
        check("Welch t large", r.get("t.ef"), TwoSampleTest.welch(e, f));
        TwoSampleTest wab = TwoSampleTest.wilcoxon(a, b);
        assertTrue(wab.exact());
        RScript.assertClose("Wilcoxon exact W, p", r.get("w.ab"), new double[] {wab.statistic(), wab.p()}, 1e-12);
        TwoSampleTest wcd = TwoSampleTest.wilcoxon(c, d);
        assertFalse(wcd.exact());
        RScript.assertClose("Wilcoxon ties W, p", r.get("w.cd"), new double[] {wcd.statistic(), wcd.p()}, 1e-12);
        TwoSampleTest wef = TwoSampleTest.wilcoxon(e, f);
        RScript.assertClose("Wilcoxon large W, p", r.get("w.ef"), new double[] {wef.statistic(), wef.p()}, 1e-12);
        RScript.assertClose("p.adjust BH", r.get("bh"), MultipleTesting.benjaminiHochberg(r.get("pv")), 1e-15);
        double[][] m = new double[30][3];
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 30; i++) {
                m[i][j] = r.get("r" + (j + 1))[i];
            }
        }
        IntraclassCorrelation icc = IntraclassCorrelation.of(m);
        RScript.assertClose("psych::ICC ICC1-3", r.get("icc"), new double[] {icc.icc1(), icc.icc2(), icc.icc3()},
                1e-12);
    }

    private static void check(String what, double[] expected, TwoSampleTest t) {
        RScript.assertClose(what + " (t, df, p)", expected, new double[] {t.statistic(), t.degreesOfFreedom(), t.p()},
                1e-10);
    }

    @Test
    void handComputedCases() {
        // BH by hand: p = (0.01, 0.02, 0.03), n = 3 -> 3/1·0.01 = 0.03, 3/2·0.02 = 0.03, 3/3·0.03 = 0.03
        assertEquals(0.03, MultipleTesting.benjaminiHochberg(new double[] {0.01, 0.02, 0.03})[0], 1e-15);
        // Exact Wilcoxon, x = {3, 4}, y = {1, 2}: W = 4 (all pairs), P(W >= 4) = 1/C(4,2) = 1/6, p = 1/3
        TwoSampleTest w = TwoSampleTest.wilcoxon(new double[] {3, 4}, new double[] {1, 2});
        assertEquals(4, w.statistic());
        assertEquals(1.0 / 3, w.p(), 1e-15);
        // ICC of identical raters is 1
        double[][] same = {{1, 1}, {2, 2}, {4, 4}};
        assertEquals(1, IntraclassCorrelation.of(same).icc2(), 1e-15);
        assertThrows(InvalidInputException.class, () -> TwoSampleTest.welch(new double[] {1}, new double[] {1, 2}));
        assertThrows(InvalidInputException.class, () -> MultipleTesting.benjaminiHochberg(new double[] {1.2}));
        assertThrows(InvalidInputException.class, () -> IntraclassCorrelation.of(new double[][] {{1, 2}, {3}}));
        assertTrue(Arrays.stream(MultipleTesting.benjaminiHochberg(new double[0])).count() == 0);
    }
}
