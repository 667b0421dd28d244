package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.stats.survival.CoxModel;
import org.netradiomics.stats.survival.CoxOptions;
import org.netradiomics.stats.survival.SurvivalData;

/**
 * A Cox package with a baseline predicts absolute survival equal to R's {@code survfit(coxph(...), newdata)} on the
 * {@code lung} data (Efron ties), after a JSON round trip; the stored baseline equals
 * {@code basehaz(fit, centered = FALSE)}.
 */
class CoxPackageSurvivalRTest {
    private static final String SCRIPT = """
            d <- na.omit(lung[, c("time", "status", "age", "sex", "ph.ecog")])
            out("time", d$time); out("status", d$status - 1)
            out("age", d$age); out("sex", d$sex); out("ecog", d$ph.ecog)
            f <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = d, ties = "efron")
            nd <- data.frame(age = c(60, 74), sex = c(2, 1), ph.ecog = c(1, 3))
            tt <- c(180, 365, 730)
            s <- summary(survfit(f, newdata = nd), times = tt)$surv
            out("surv1", s[, 1]); out("surv2", s[, 2])
            bh <- basehaz(f, centered = FALSE)
            out("bh.time", bh$time); out("bh.hazard", bh$hazard)
            out("lp2", sum(coef(f) * c(74, 1, 3)))
            """;

    @Test
    void survivalAtReportTimesEqualsSurvfit() {
        Map<String, double[]> r = RScript.run(SCRIPT, "survival");
        double[] time = r.get("time");
        int n = time.length;
        int[] st = new int[n];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            st[i] = (int) r.get("status")[i];
            x[i] = new double[] {r.get("age")[i], r.get("sex")[i], r.get("ecog")[i]};
        }
        CoxModel fit = CoxModel.fit(x, SurvivalData.of(time, st), CoxOptions.defaults());
        double[][] steps = fit.uncentredBaselineSteps();
        // basehaz lists every distinct time (censored ones too, with no jump): compare at our event times
        double[] bhTime = r.get("bh.time"), bhHazard = r.get("bh.hazard");
        double[] expected = new double[steps[0].length];
        for (int k = 0; k < expected.length; k++) {
            int at = java.util.Arrays.binarySearch(bhTime, steps[0][k]);
            assertTrue(at >= 0, "event time " + steps[0][k] + " is listed by basehaz");
            expected[k] = bhHazard[at];
        }
        RScript.assertClose("basehaz(centered = FALSE)", expected, steps[1], 1e-6);

        Map<String, Double> coef = new LinkedHashMap<>();
        coef.put("age", fit.coefficients()[0]);
        coef.put("sex", fit.coefficients()[1]);
        coef.put("ph_ecog", fit.coefficients()[2]);
        List<InputSpec> inputs = List.of(clinical("age", 18, 100), clinical("sex", 1, 2), clinical("ph_ecog", 0, 4));
        ModelPackage p = new ModelPackage("lung-cox", "lung Cox model", "", Map.of(), Map.of(), "none", inputs,
                new Estimator.Cox(coef, new Baseline("days", steps[0], steps[1], new double[] {180, 365, 730})),
                Double.NaN, List.of(), "fitted-on-site", List.of(), Map.of(), Map.of());
        ModelPackage back = ModelPackageJson.read(new ByteArrayInputStream(ModelPackageJson.write(p)
                .getBytes(StandardCharsets.UTF_8)), "lung-cox.json");

        Prediction p1 = Predictor.predict(back, Map.of("age", 60.0, "sex", 2.0, "ph_ecog", 1.0), id -> null);
        Prediction p2 = Predictor.predict(back, Map.of("age", 74.0, "sex", 1.0, "ph_ecog", 3.0), id -> null);
        RScript.assertClose("S(t) patient 1 vs survfit", r.get("surv1"), values(p1), 1e-6);
        RScript.assertClose("S(t) patient 2 vs survfit", r.get("surv2"), values(p2), 1e-6);
        RScript.assertClose("uncentred linear predictor", r.get("lp2")[0], p2.linearPredictor(), 1e-6);
        assertEquals(List.of(180.0, 365.0, 730.0), List.copyOf(p1.survival().keySet()));
        assertTrue(p1.warnings().isEmpty(), p1.warnings().toString());
    }

    @Test
    void survivalBeyondTheLastEventTimeWarns() {
        Baseline b = new Baseline("months", new double[] {2, 5, 9}, new double[] {0.1, 0.3, 0.6}, new double[] {5, 24});
        ModelPackage p = new ModelPackage("tiny-cox", "tiny", "", Map.of(), Map.of(), "none",
                List.of(clinical("x", 0, 10)), new Estimator.Cox(Map.of("x", 0.5), b), Double.NaN, List.of(),
                "fitted-on-site", List.of(), Map.of(), Map.of());
        Prediction pr = Predictor.predict(p, Map.of("x", 2.0), id -> null);
        // by hand: lp = 1, S(5) = exp(-0.3 e), S(24) = exp(-0.6 e) (held at the last step)
        assertEquals(Math.exp(-0.3 * Math.E), pr.survival().get(5.0), 1e-15);
        assertEquals(Math.exp(-0.6 * Math.E), pr.survival().get(24.0), 1e-15);
        assertEquals(1, pr.warnings().size(), pr.warnings().toString());
        assertTrue(pr.warnings().get(0).contains("beyond the last event time (9.0 months)"), pr.warnings().get(0));
        assertEquals(1.0, b.survival(1, 1.5), 0);                 // before the first event time: H = 0
    }

    private static InputSpec clinical(String name, double min, double max) {
        return new InputSpec(name, InputSpec.Kind.CLINICAL, "", min, max, false, false, Double.NaN, Double.NaN, "");
    }

    private static double[] values(Prediction p) {
        return p.survival().values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
