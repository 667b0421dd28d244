package org.netradiomics.stats.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** Logistic regression against R's glm on the {@code infert} data (case ~ spontaneous + induced + age). */
class LogisticRegressionRTest {
    private static final String SCRIPT = """
            d <- infert
            out("case", d$case); out("spont", d$spontaneous); out("induced", d$induced); out("age", d$age)
            f <- glm(case ~ spontaneous + induced + age, family = binomial, data = d)
            s <- summary(f)$coefficients
            out("coef", s[, 1]); out("se", s[, 2]); out("z", s[, 3]); out("p", s[, 4])
            ci <- exp(confint.default(f)); out("lower", ci[, 1]); out("upper", ci[, 2])
            out("dev", c(f$deviance, f$null.deviance, f$aic, f$iter))
            out("fitted", fitted(f)[1:10])
            """;

    @Test
    void matchesGlm() {
        Map<String, double[]> r = RScript.run(SCRIPT);
        int n = r.get("case").length;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.get("case")[i] == 1;
            x[i] = new double[] {r.get("spont")[i], r.get("induced")[i], r.get("age")[i]};
        }
        LogisticRegression m = LogisticRegression.fit(x, y);
        RScript.assertClose("glm coefficients", r.get("coef"), m.coefficients(), 1e-10);
        RScript.assertClose("glm standard errors", r.get("se"), m.standardErrors(), 1e-10);
        RScript.assertClose("glm z", r.get("z"), m.waldZ(), 1e-10);
        RScript.assertClose("glm p", r.get("p"), m.waldP(), 1e-9);
        double[][] ci = m.oddsRatioInterval(0.95);
        RScript.assertClose("glm OR lower (Wald)", r.get("lower"),
                java.util.Arrays.stream(ci).mapToDouble(c -> c[0]).toArray(), 1e-10);
        RScript.assertClose("glm OR upper (Wald)", r.get("upper"),
                java.util.Arrays.stream(ci).mapToDouble(c -> c[1]).toArray(), 1e-10);
        double[] dev = r.get("dev");
        RScript.assertClose("glm deviance, null deviance, AIC", new double[] {dev[0], dev[1], dev[2]},
                new double[] {m.deviance(), m.nullDeviance(), m.aic()}, 1e-12);
        assertEquals((int) dev[3], m.iterations());
        double[] fitted = new double[10];
        for (int i = 0; i < 10; i++) {
            fitted[i] = m.probability(x[i]);
        }
        RScript.assertClose("glm fitted probabilities", r.get("fitted"), fitted, 1e-10);
    }

    @Test
    void rejectsSeparationAndOneClass() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        assertThrows(InvalidInputException.class,
                () -> LogisticRegression.fit(x, new boolean[] {false, false, false, true, true, true}));
        assertThrows(InvalidInputException.class,
                () -> LogisticRegression.fit(x, new boolean[] {true, true, true, true, true, true}));
    }
}
