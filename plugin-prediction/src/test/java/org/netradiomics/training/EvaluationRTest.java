package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;

/** The evaluation metrics (what {@code evaluate} writes) against pROC, cutpointr and survival on the same data. */
class EvaluationRTest {

    @Test
    void binaryAndSurvivalMetricsEqualR() throws Exception {
        Map<String, double[]> r = RScript.run("""
                set.seed(17)
                n <- 150
                s <- runif(n); y <- rbinom(n, 1, s)
                roc <- pROC::roc(y, s, quiet = TRUE, direction = "<")
                out("s", s); out("y", y)
                out("auc", as.numeric(pROC::auc(roc))); out("ci", as.numeric(pROC::ci.auc(roc, method = "delong"))[c(1, 3)])
                cp <- cutpointr::cutpointr(data.frame(s, y), s, y, method = cutpointr::maximize_metric,
                  metric = cutpointr::youden, pos_class = 1, direction = ">=", silent = TRUE)
                out("youden", cp$optimal_cutpoint[1]); out("sens", cp$sensitivity[1]); out("spec", cp$specificity[1])
                out("brier", mean((s - y)^2))
                s2 <- 0.5 * s + 0.5 * runif(n)
                out("s2", s2)
                out("rt", pROC::roc.test(roc, pROC::roc(y, s2, quiet = TRUE, direction = "<"), method = "delong")$p.value)
                tt <- rexp(n, exp(1.5 * s) / 10); st <- rbinom(n, 1, 0.8)
                out("t", tt); out("st", st)
                cc <- survival::concordance(survival::Surv(tt, st) ~ s, reverse = TRUE)
                out("c", cc$concordance)
                fit <- survival::coxph(survival::Surv(tt, st) ~ s)
                out("hr", exp(coef(fit)))
                g <- as.numeric(s > median(s))
                out("lr", 1 - pchisq(survival::survdiff(survival::Surv(tt, st) ~ g)$chisq, 1))
                """, "pROC", "cutpointr", "survival");
        double[] s = r.get("s");
        boolean[] y = new boolean[s.length];
        boolean[] e = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            y[i] = r.get("y")[i] == 1;
            e[i] = r.get("st")[i] == 1;
        }
        Path plots = Files.createTempDirectory("eval-plots");
        Map<String, Object> b = Evaluation.binary(y, s, Double.NaN, plots);
        RScript.assertClose("evaluate: AUC", r.get("auc")[0], (double) b.get("auc"), 1e-12);
        RScript.assertClose("evaluate: DeLong CI", r.get("ci"), (double[]) b.get("auc_ci_delong"), 1e-10);
        RScript.assertClose("evaluate: Youden cut-off", r.get("youden")[0], (double) b.get("youden_cutoff"), 1e-12);
        RScript.assertClose("evaluate: sens, spec", new double[] {r.get("sens")[0], r.get("spec")[0]},
                new double[] {(double) b.get("sensitivity"), (double) b.get("specificity")}, 1e-12);
        RScript.assertClose("evaluate: Brier", r.get("brier")[0], (double) b.get("brier"), 1e-12);
        RScript.assertClose("evaluate: DeLong test p", r.get("rt")[0],
                (double) Evaluation.compare(y, s, r.get("s2")).get("delong_p"), 1e-10);
        double[] boot = (double[]) b.get("auc_ci_bootstrap");
        assertTrue(boot[0] < (double) b.get("auc") && boot[1] > (double) b.get("auc"), "bootstrap CI around the AUC");
        Map<String, Object> sv = Evaluation.survival(r.get("t"), e, s, Double.NaN, plots);
        RScript.assertClose("evaluate: C-index", r.get("c")[0], (double) sv.get("c_index"), 1e-12);
        RScript.assertClose("evaluate: Cox HR", r.get("hr")[0], (double) sv.get("hazard_ratio"), 1e-8);
        RScript.assertClose("evaluate: log-rank p", r.get("lr")[0], (double) sv.get("logrank_p"), 1e-10);
        for (String png : new String[] {"roc.png", "calibration.png", "dca.png", "km.png"}) {
            assertTrue(Files.size(plots.resolve(png)) > 1000, png);
        }
    }
}
