package org.netradiomics.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** Cox model and concordance against R's survival package on the {@code lung} data (many tied times). */
class CoxModelRTest {
    private static final String SCRIPT = """
            d <- na.omit(lung[, c("time", "status", "age", "sex", "ph.ecog")])
            out("time", d$time); out("status", d$status - 1)
            out("age", d$age); out("sex", d$sex); out("ecog", d$ph.ecog)
            nd <- data.frame(age = 60, sex = 2, ph.ecog = 1)
            tt <- c(100, 305.5, 500)
            for (ties in c("efron", "breslow")) {
              f <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = d, ties = ties)
              s <- summary(f)
              out(paste0(ties, ".coef"), coef(f))
              out(paste0(ties, ".se"), sqrt(diag(vcov(f))))
              out(paste0(ties, ".z"), s$coefficients[, 4])
              out(paste0(ties, ".p"), s$coefficients[, 5])
              out(paste0(ties, ".lower"), s$conf.int[, 3])
              out(paste0(ties, ".upper"), s$conf.int[, 4])
              out(paste0(ties, ".loglik"), f$loglik)
              out(paste0(ties, ".lrt"), s$logtest[c(1, 3)])
              out(paste0(ties, ".score"), s$sctest[c(1, 3)]); out(paste0(ties, ".wald"), c(f$wald.test, s$waldtest[3]))
              out(paste0(ties, ".lp"), predict(f, type = "lp"))
              sf <- survfit(f, newdata = nd)
              out(paste0(ties, ".surv"), summary(sf, times = tt)$surv)
              bh <- basehaz(f, centered = TRUE)
              out(paste0(ties, ".basehaz"), sapply(tt, function(t) max(c(0, bh$hazard[bh$time <= t]))))
              cc <- concordance(f)
              out(paste0(ties, ".concordance"), c(cc$concordance, sqrt(cc$var), cc$count))
            }
            """;

    @Test
    void matchesCoxphOnLung() {
        Map<String, double[]> r = RScript.run(SCRIPT, "survival");
        double[] time = r.get("time");
        double[] status = r.get("status");
        int n = time.length;
        int[] st = new int[n];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            st[i] = (int) status[i];
            x[i] = new double[] {r.get("age")[i], r.get("sex")[i], r.get("ecog")[i]};
        }
        SurvivalData y = SurvivalData.of(time, st);
        double[] nd = {60, 2, 1};
        double[] tt = {100, 305.5, 500};
        for (Ties ties : Ties.values()) {
            String k = ties.name().toLowerCase();
            CoxModel m = CoxModel.fit(x, y, CoxOptions.defaults().withTies(ties));
            RScript.assertClose(k + " coef", r.get(k + ".coef"), m.coefficients(), 1e-6);
            RScript.assertClose(k + " se", r.get(k + ".se"), m.standardErrors(), 1e-6);
            RScript.assertClose(k + " z", r.get(k + ".z"), m.waldZ(), 1e-6);
            RScript.assertClose(k + " p", r.get(k + ".p"), m.waldP(), 1e-6);
            double[][] ci = m.hazardRatioInterval(0.95);
            double[] lo = new double[3];
            double[] hi = new double[3];
            for (int j = 0; j < 3; j++) {
                lo[j] = ci[j][0];
                hi[j] = ci[j][1];
            }
            RScript.assertClose(k + " HR lower", r.get(k + ".lower"), lo, 1e-6);
            RScript.assertClose(k + " HR upper", r.get(k + ".upper"), hi, 1e-6);
            RScript.assertClose(k + " loglik", r.get(k + ".loglik"),
                    new double[] {m.nullLogLikelihood(), m.logLikelihood()}, 1e-9);
            RScript.assertClose(k + " LRT", r.get(k + ".lrt"),
                    new double[] {m.likelihoodRatioStatistic(), m.likelihoodRatioP()}, 1e-6);
            RScript.assertClose(k + " score test", r.get(k + ".score"),
                    new double[] {m.scoreStatistic(), m.scoreP()}, 1e-9);
            RScript.assertClose(k + " overall Wald test", r.get(k + ".wald"),
                    new double[] {m.waldStatistic(), m.waldTestP()}, 1e-9);
            double[] lp = new double[n];
            for (int i = 0; i < n; i++) {
                lp[i] = m.centredLinearPredictor(x[i]);
            }
            RScript.assertClose(k + " linear predictor", r.get(k + ".lp"), lp, 1e-6);
            double[] surv = new double[3];
            double[] bh = new double[3];
            for (int t = 0; t < 3; t++) {
                surv[t] = m.survival(nd, tt[t]);
                bh[t] = m.baselineCumulativeHazard(tt[t]);
            }
            RScript.assertClose(k + " survival at t", r.get(k + ".surv"), surv, 1e-6);
            RScript.assertClose(k + " basehaz", r.get(k + ".basehaz"), bh, 1e-6);
            Concordance c = Concordance.of(y, lp);
            double[] rc = r.get(k + ".concordance");
            RScript.assertClose(k + " C-index and se", new double[] {rc[0], rc[1]},
                    new double[] {c.index(), c.standardError()}, 1e-9);
            assertEquals((long) rc[2], c.concordant());
            assertEquals((long) rc[3], c.discordant());
            assertEquals((long) rc[4], c.tiedScore());
            assertEquals((long) rc[5], c.tiedTime());
        }
    }

    @Test
    void rejectsBadInput() {
        SurvivalData oneEvent = SurvivalData.of(new double[] {1, 2, 3}, new int[] {0, 1, 0});
        double[][] x = {{1}, {2}, {3}};
        assertThrows(InvalidInputException.class, () -> CoxModel.fit(x, oneEvent, CoxOptions.defaults()));
        SurvivalData y = SurvivalData.of(new double[] {1, 2, 3, 4}, new int[] {1, 1, 0, 1});
        assertThrows(InvalidInputException.class, () -> CoxModel.fit(x, y, CoxOptions.defaults()));
        assertThrows(InvalidInputException.class,
                () -> CoxModel.fit(new double[][] {{1}, {Double.NaN}, {2}, {3}}, y, CoxOptions.defaults()));
        assertThrows(InvalidInputException.class,
                () -> CoxModel.fit(new double[][] {{1}, {1}, {1}, {1}}, y, CoxOptions.defaults()));
        assertThrows(InvalidInputException.class, () -> SurvivalData.of(new double[] {1, -2}, new int[] {1, 1}));
        // perfect separation: the highest covariate always dies first; R: "Ran out of iterations", beta ~ 19.7
        SurvivalData sep = SurvivalData.of(new double[] {1, 2, 3, 4, 5, 6}, new int[] {1, 1, 1, 1, 1, 0});
        assertThrows(InvalidInputException.class, () -> CoxModel.fit(new double[][] {{6}, {5}, {4}, {3}, {2}, {1}},
                sep, CoxOptions.defaults()));
        assertThrows(InvalidInputException.class, () -> SurvivalData.of(new double[] {1, 2}, new int[] {1, 2}));
    }
}
