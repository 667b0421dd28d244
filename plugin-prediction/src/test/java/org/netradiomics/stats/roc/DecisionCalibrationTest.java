package org.netradiomics.stats.roc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.volume.InvalidInputException;

/** Decision curve by hand; calibration groups by hand and calibration slope against R's glm. */
class DecisionCalibrationTest {

    @Test
    void netBenefitByHand() {
        // 5 patients, 2 events; p = (0.9 E, 0.6, 0.4 E, 0.3, 0.1). At p_t = 0.5: treated {0.9 E, 0.6}: TP 1, FP 1,
        // NB = 1/5 − 1/5 · 1 = 0; treat all: 2/5 − 3/5 · 1 = −0.2. At p_t = 0.2: treated 4 (TP 2, FP 2),
        // w = 0.25: NB = 0.4 − 0.4 · 0.25 = 0.3; all: 0.4 − 0.6 · 0.25 = 0.25.
        boolean[] y = {true, false, true, false, false};
        double[] p = {0.9, 0.6, 0.4, 0.3, 0.1};
        DecisionCurve dc = DecisionCurve.of(y, p, new double[] {0.5, 0.2});
        assertArrayEquals(new double[] {0, 0.3}, dc.model(), 1e-15);
        assertArrayEquals(new double[] {-0.2, 0.25}, dc.treatAll(), 1e-15);
        assertThrows(InvalidInputException.class, () -> DecisionCurve.of(y, p, new double[] {1.0}));
    }

    @Test
    void calibrationGroupsByHandAndSlopeAsGlm() {
        // 4 patients, 2 groups: sorted p (0.1, 0.2 | 0.7, 0.8), events (0, 1 | 1, 1):
        // mean predicted 0.15 and 0.75, observed 0.5 and 1.
        boolean[] y = {true, false, true, true};
        double[] p = {0.8, 0.1, 0.2, 0.7};
        Map<String, double[]> r = RScript.run("""
                set.seed(3)
                p <- plogis(rnorm(200, 0, 1.5)); y <- rbinom(200, 1, plogis(0.6 * qlogis(p)))
                out("p", p); out("y", y); out("coef", coef(glm(y ~ qlogis(p), family = binomial)))
                """);
        boolean[] yy = new boolean[200];
        for (int i = 0; i < 200; i++) {
            yy[i] = r.get("y")[i] == 1;
        }
        CalibrationCurve big = CalibrationCurve.of(yy, r.get("p"), 10);
        RScript.assertClose("calibration slope and intercept vs glm", r.get("coef"),
                new double[] {big.slopeIntercept(), big.slope()}, 1e-9);
        CalibrationCurve small = CalibrationCurve.of(new boolean[] {true, false, true, true, false, false},
                new double[] {0.8, 0.1, 0.2, 0.7, 0.3, 0.6}, 2);
        // sorted: 0.1 n, 0.2 E, 0.3 n | 0.6 n, 0.7 E, 0.8 E -> predicted 0.2 and 0.7, observed 1/3 and 2/3
        assertArrayEquals(new double[] {0.2, 0.7}, small.meanPredicted(), 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 2.0 / 3}, small.observed(), 1e-15);
        assertEquals(3, small.size()[0]);
        assertThrows(InvalidInputException.class, () -> CalibrationCurve.of(y, p, 1));
    }
}
