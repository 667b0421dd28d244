package org.netradiomics.stats.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** Kaplan-Meier and log-rank test against R's survfit and survdiff on {@code lung} and {@code ovarian}. */
class KaplanMeierLogRankRTest {
    private static final String SCRIPT = """
            d <- na.omit(lung[, c("time", "status", "sex", "ph.ecog")])
            out("time", d$time); out("status", d$status - 1); out("sex", d$sex); out("ecog", d$ph.ecog)
            km <- survfit(Surv(time, status) ~ 1, data = d)
            out("km.time", km$time); out("km.nrisk", km$n.risk); out("km.nevent", km$n.event)
            out("km.ncensor", km$n.censor); out("km.surv", km$surv); out("km.se", km$std.err)
            out("km.lower", km$lower); out("km.upper", km$upper)
            out("km.median", summary(km)$table["median"])
            km90 <- survfit(Surv(time, status) ~ 1, data = d, conf.int = 0.9)
            out("km90.lower", km90$lower)
            sd1 <- survdiff(Surv(time, status) ~ sex, data = d)
            out("sex.obs", sd1$obs); out("sex.exp", sd1$exp); out("sex.chisq", sd1$chisq)
            out("sex.p", pchisq(sd1$chisq, 1, lower.tail = FALSE))
            sd2 <- survdiff(Surv(time, status) ~ ph.ecog, data = d)
            out("ecog.obs", sd2$obs); out("ecog.exp", sd2$exp); out("ecog.chisq", sd2$chisq)
            out("ecog.p", pchisq(sd2$chisq, length(sd2$n) - 1, lower.tail = FALSE))
            out("ov.time", ovarian$futime); out("ov.status", ovarian$fustat)
            ov <- survfit(Surv(futime, fustat) ~ 1, data = ovarian)
            out("ov.median", summary(ov)$table["median"]); out("ov.surv", ov$surv)
            """;

    @Test
    void matchesSurvfitAndSurvdiff() {
        Map<String, double[]> r = RScript.run(SCRIPT, "survival");
        double[] time = r.get("time");
        int n = time.length;
        int[] status = new int[n];
        int[] sex = new int[n];
        int[] ecog = new int[n];
        for (int i = 0; i < n; i++) {
            status[i] = (int) r.get("status")[i];
            sex[i] = (int) r.get("sex")[i];
            ecog[i] = (int) r.get("ecog")[i];
        }
        SurvivalData y = SurvivalData.of(time, status);
        List<KaplanMeier.Step> steps = KaplanMeier.fit(y).steps();
        int m = steps.size();
        assertEquals(r.get("km.time").length, m);
        double[] t = new double[m];
        double[] nr = new double[m];
        double[] ne = new double[m];
        double[] nc = new double[m];
        double[] s = new double[m];
        double[] se = new double[m];
        double[] lo = new double[m];
        double[] hi = new double[m];
        for (int i = 0; i < m; i++) {
            KaplanMeier.Step st = steps.get(i);
            t[i] = st.time();
            nr[i] = st.atRisk();
            ne[i] = st.events();
            nc[i] = st.censored();
            s[i] = st.survival();
            se[i] = st.standardError();
            lo[i] = st.lower();
            hi[i] = st.upper();
        }
        assertArrayEquals(r.get("km.time"), t);
        assertArrayEquals(r.get("km.nrisk"), nr);
        assertArrayEquals(r.get("km.nevent"), ne);
        assertArrayEquals(r.get("km.ncensor"), nc);
        RScript.assertClose("KM survival", r.get("km.surv"), s, 1e-12);
        RScript.assertClose("KM Greenwood std.err", r.get("km.se"), se, 1e-12);
        RScript.assertClose("KM lower 95%", r.get("km.lower"), lo, 1e-12);
        RScript.assertClose("KM upper 95%", r.get("km.upper"), hi, 1e-12);
        double[] lo90 = KaplanMeier.fit(y, 0.9).steps().stream().mapToDouble(KaplanMeier.Step::lower).toArray();
        RScript.assertClose("KM lower 90%", r.get("km90.lower"), lo90, 1e-12);
        assertEquals(r.get("km.median")[0], KaplanMeier.fit(y).median());

        LogRankTest bySex = LogRankTest.of(y, sex);
        RScript.assertClose("log-rank sex observed", r.get("sex.obs"), bySex.observed(), 1e-12);
        RScript.assertClose("log-rank sex expected", r.get("sex.exp"), bySex.expected(), 1e-12);
        RScript.assertClose("log-rank sex chisq, p", new double[] {r.get("sex.chisq")[0], r.get("sex.p")[0]},
                new double[] {bySex.chiSquare(), bySex.p()}, 1e-9);
        LogRankTest byEcog = LogRankTest.of(y, ecog);
        assertEquals(3, byEcog.degreesOfFreedom());
        RScript.assertClose("log-rank ecog expected", r.get("ecog.exp"), byEcog.expected(), 1e-12);
        RScript.assertClose("log-rank ecog chisq, p", new double[] {r.get("ecog.chisq")[0], r.get("ecog.p")[0]},
                new double[] {byEcog.chiSquare(), byEcog.p()}, 1e-9);

        int[] ovStatus = java.util.Arrays.stream(r.get("ov.status")).mapToInt(v -> (int) v).toArray();
        KaplanMeier ov = KaplanMeier.fit(SurvivalData.of(r.get("ov.time"), ovStatus));
        RScript.assertClose("ovarian KM", r.get("ov.surv"),
                ov.steps().stream().mapToDouble(KaplanMeier.Step::survival).toArray(), 1e-12);
        assertEquals(r.get("ov.median")[0], ov.median(), 1e-9);
    }

    @Test
    void medianAtExactHalfIsMidpoint() {
        // Hand computation: 4 patients, events at 1, 2, 3, 4: S = .75, .5, .25, 0; S = 0.5 on [2, 3) -> median 2.5.
        KaplanMeier km = KaplanMeier.fit(SurvivalData.of(new double[] {1, 2, 3, 4}, new int[] {1, 1, 1, 1}));
        assertEquals(2.5, km.median(), 1e-12);
        assertEquals(0.75, km.survival(1.5), 1e-15);
    }

    @Test
    void logRankRejectsOneGroup() {
        SurvivalData y = SurvivalData.of(new double[] {1, 2, 3}, new int[] {1, 1, 0});
        assertThrows(InvalidInputException.class, () -> LogRankTest.of(y, new int[] {1, 1, 1}));
        assertThrows(InvalidInputException.class, () -> LogRankTest.of(y, new int[] {1, 2}));
    }
}
