package org.netradiomics.stats.roc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** ROC, DeLong, Youden cut-point and calibration against pROC, cutpointr and R on synthetic data with ties. */
class RocRTest {
    private static final String SCRIPT = """
            set.seed(42)
            n <- 120
            y <- rbinom(n, 1, 0.4)
            s1 <- round(y * 0.8 + rnorm(n), 1)
            s2 <- round(y * 0.5 + rnorm(n), 2)
            p <- plogis(-0.6 + 0.9 * y + rnorm(n) * 0.8)
            out("y", y); out("s1", s1); out("s2", s2); out("p", p)
            r1 <- pROC::roc(y, s1, direction = "<", levels = c(0, 1), quiet = TRUE)
            r2 <- pROC::roc(y, s2, direction = "<", levels = c(0, 1), quiet = TRUE)
            out("auc", c(pROC::auc(r1), pROC::auc(r2)))
            out("var", c(pROC::var(r1, method = "delong"), pROC::var(r2, method = "delong")))
            out("ci1", pROC::ci.auc(r1, method = "delong")[c(1, 3)])
            out("ci1.90", pROC::ci.auc(r1, method = "delong", conf.level = 0.9)[c(1, 3)])
            rt <- pROC::roc.test(r1, r2, method = "delong", paired = TRUE)
            out("test", c(rt$statistic, rt$p.value))
            out("test.ci", rt$conf.int)
            set.seed(1)
            out("boot", pROC::ci.auc(r1, method = "bootstrap", boot.n = 2000, boot.stratified = TRUE, progress = "none")[c(1, 3)])
            cp <- cutpointr(data.frame(x = s1, c = y), x, c, pos_class = 1, neg_class = 0, direction = ">=",
                            method = maximize_metric, metric = youden, silent = TRUE)
            cp <- add_metric(cp, list(ppv, npv, F1_score))
            out("cut", c(cp$optimal_cutpoint[[1]], cp$youden, cp$sensitivity, cp$specificity, cp$acc,
                         cp$ppv, cp$npv, cp$F1_score))
            tie <- function(x, c) cutpointr(data.frame(x = x, c = c), x, c, pos_class = 1, neg_class = 0,
                                           direction = ">=", metric = youden, silent = TRUE)$optimal_cutpoint[[1]]
            out("tie3", tie(1:6, c(0, 1, 0, 1, 0, 1)))
            out("tie2", tie(1:4, c(0, 1, 0, 1)))
            out("brier", mean((p - y)^2))
            hl <- function(y, yhat, g = 10) {
              if (requireNamespace("ResourceSelection", quietly = TRUE)) {
                h <- ResourceSelection::hoslem.test(y, yhat, g); return(c(h$statistic, h$p.value))
              }
              # ResourceSelection::hoslem.test's computation (package not in Debian)
              qq <- unique(quantile(yhat, probs = seq(0, 1, 1/g)))
              cutyhat <- cut(yhat, breaks = qq, include.lowest = TRUE)
              observed <- xtabs(cbind(y0 = 1 - y, y1 = y) ~ cutyhat)
              expected <- xtabs(cbind(yhat0 = 1 - yhat, yhat1 = yhat) ~ cutyhat)
              chisq <- sum((observed - expected)^2 / expected)
              c(chisq, pchisq(chisq, g - 2, lower.tail = FALSE))
            }
            out("hl", hl(y, p))
            out("hl.round", hl(y, round(p, 2)))
            out("hl101", hl(y[1:101], p[1:101]))
            out("hl.round1", hl(y, round(p, 1)))
            """;

    @Test
    void matchesPROCAndCutpointr() {
        Map<String, double[]> r = RScript.run(SCRIPT, "pROC", "cutpointr");
        double[] yv = r.get("y");
        boolean[] y = new boolean[yv.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = yv[i] == 1;
        }
        double[] s1 = r.get("s1");
        double[] s2 = r.get("s2");
        double[] p = r.get("p");
        RocCurve c1 = RocCurve.of(y, s1);
        RocCurve c2 = RocCurve.of(y, s2);
        RScript.assertClose("AUC (Mann-Whitney, ties)", r.get("auc"), new double[] {c1.auc(), c2.auc()}, 1e-12);
        RScript.assertClose("DeLong variance", r.get("var"),
                new double[] {c1.delongVariance(), c2.delongVariance()}, 1e-10);
        RScript.assertClose("DeLong 95% CI", r.get("ci1"), c1.delongInterval(0.95), 1e-10);
        RScript.assertClose("DeLong 90% CI", r.get("ci1.90"), c1.delongInterval(0.9), 1e-10);
        DeLongTest t = DeLongTest.paired(y, s1, s2);
        RScript.assertClose("roc.test DeLong z, p", r.get("test"), new double[] {t.z(), t.p()}, 1e-9);
        RScript.assertClose("roc.test difference CI", r.get("test.ci"), t.differenceInterval(0.95), 1e-9);

        YoudenCutpoint cut = YoudenCutpoint.of(y, s1);
        ConfusionMatrix cm = cut.atCutoff();
        RScript.assertClose("cutpointr Youden cut and metrics", r.get("cut"), new double[] {cut.cutoff(),
            cut.youden(), cm.sensitivity(), cm.specificity(), cm.accuracy(), cm.ppv(), cm.npv(), cm.f1()}, 1e-12);
        boolean[] alt3 = {false, true, false, true, false, true};
        assertEquals(r.get("tie3")[0], YoudenCutpoint.of(alt3, new double[] {1, 2, 3, 4, 5, 6}).cutoff());
        assertEquals(4.0, YoudenCutpoint.of(alt3, new double[] {1, 2, 3, 4, 5, 6}).cutoff()); // optima 6, 4, 2
        boolean[] alt2 = {false, true, false, true};
        assertEquals(r.get("tie2")[0], YoudenCutpoint.of(alt2, new double[] {1, 2, 3, 4}).cutoff());

        RScript.assertClose("Brier score", r.get("brier")[0], Calibration.brierScore(y, p), 1e-12);
        HosmerLemeshowTest hl = HosmerLemeshowTest.of(y, p, 10);
        RScript.assertClose("Hosmer-Lemeshow chisq, p", r.get("hl"), new double[] {hl.chiSquare(), hl.p()}, 1e-9);
        // n = 101: every limit is an observed probability, which belongs to the lower group (right-closed)
        HosmerLemeshowTest hl101 = HosmerLemeshowTest.of(java.util.Arrays.copyOf(y, 101),
                java.util.Arrays.copyOf(p, 101), 10);
        RScript.assertClose("Hosmer-Lemeshow, limits on data", r.get("hl101"),
                new double[] {hl101.chiSquare(), hl101.p()}, 1e-9);
        double[] rounded = new double[p.length];
        double[] rounded1 = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            rounded[i] = Math.round(p[i] * 100) / 100.0;
            rounded1[i] = Math.round(p[i] * 10) / 10.0;
        }
        HosmerLemeshowTest hlr = HosmerLemeshowTest.of(y, rounded, 10);
        RScript.assertClose("Hosmer-Lemeshow, tied probabilities", r.get("hl.round"),
                new double[] {hlr.chiSquare(), hlr.p()}, 1e-9);
        // R returns NaN when an interpolated quantile leaves a group empty; we say so instead.
        assertTrue(Double.isNaN(r.get("hl.round1")[0]));
        assertThrows(InvalidInputException.class, () -> HosmerLemeshowTest.of(y, rounded1, 10));

        BootstrapAuc b = BootstrapAuc.interval(y, s1, 2000, 0.95, 1L);
        assertEquals(b, BootstrapAuc.interval(y, s1, 2000, 0.95, 1L), "same seed, same interval");
        double[] rb = r.get("boot");
        System.out.printf("[R-compare] bootstrap AUC CI Java [%.4f, %.4f] vs pROC (own RNG) [%.4f, %.4f]%n",
                b.lower(), b.upper(), rb[0], rb[1]);
        assertTrue(Math.abs(b.lower() - rb[0]) < 0.02 && Math.abs(b.upper() - rb[1]) < 0.02,
                "bootstrap interval far from pROC's (Monte-Carlo error of 2000 replicates is about 0.005)");
    }

    @Test
    void handComputedSmallCase() {
        // positives 0.8, 0.4; negatives 0.4, 0.1: pairs (0.8>0.4)=1, (0.8>0.1)=1, (0.4=0.4)=0.5, (0.4>0.1)=1 -> 3.5/4
        boolean[] y = {true, true, false, false};
        double[] s = {0.8, 0.4, 0.4, 0.1};
        assertEquals(0.875, RocCurve.of(y, s).auc(), 1e-15);
        assertEquals(0.875, BootstrapAuc.mannWhitneyAuc(new double[] {0.8, 0.4}, new double[] {0.4, 0.1}), 1e-15);
        ConfusionMatrix cm = ConfusionMatrix.at(y, s, 0.4);
        assertArrayEquals(new int[] {2, 1, 1, 0}, new int[] {cm.truePositives(), cm.falsePositives(),
            cm.trueNegatives(), cm.falseNegatives()});
        assertEquals(0.8, cm.f1(), 1e-15);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(InvalidInputException.class, () -> RocCurve.of(new boolean[] {true, true, true},
                new double[] {1, 2, 3}));
        assertThrows(InvalidInputException.class, () -> RocCurve.of(new boolean[] {true, false, true, false},
                new double[] {1, Double.NaN, 3, 4}));
        assertThrows(InvalidInputException.class, () -> RocCurve.of(new boolean[] {true, false}, new double[] {1}));
        assertThrows(InvalidInputException.class, () -> Calibration.brierScore(new boolean[] {true},
                new double[] {1.5}));
    }
}
