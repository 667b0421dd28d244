package org.netradiomics.training.stacking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.roc.RocCurve;

/** Base learners and the stacking ensemble on a non-linear synthetic problem with a known Bayes AUC. */
class StackingEnsembleTest {

    @Test
    void learnersAndEnsembleSeparateANonLinearSignal() {
        // y depends on a ring: P(y) = σ(3 (1 − r²)), r² = x1² + x2²; x3..x5 noise. A linear model cannot exceed
        // AUC ≈ 0.5 here, so a held-out AUC well above 0.5 shows the non-linear learners work.
        SplittableRandom r = new SplittableRandom(12);
        int n = 300;
        double[][] x = new double[n][5];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = 2 * r.nextDouble() - 1;
            }
            double r2 = (x[i][0] * x[i][0] + x[i][1] * x[i][1]) / 0.5;
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-3 * (1 - r2)));
        }
        int train = 200;
        double[][] xt = java.util.Arrays.copyOfRange(x, 0, train);
        boolean[] yt = java.util.Arrays.copyOfRange(y, 0, train);
        StackingEnsemble ens = StackingEnsemble.fit(xt, yt, StackingEnsemble.Settings.surufatinib(2, 3));
        double[] score = new double[n - train];
        boolean[] yv = java.util.Arrays.copyOfRange(y, train, n);
        for (int i = train; i < n; i++) {
            score[i - train] = ens.probability(x[i]);
            assertTrue(score[i - train] >= 0 && score[i - train] <= 1);
        }
        double auc = RocCurve.of(yv, score).auc();
        System.out.printf("stacking on a ring: held-out AUC %.3f; choices %s%n", auc, ens.choices());
        assertEquals(3, ens.choices().size());
        for (StackingEnsemble.Choice c : ens.choices()) {
            assertTrue(c.innerAuc() > 0.6, c.learner() + " inner AUC " + c.innerAuc());
        }
        assertTrue(auc > 0.7, "held-out AUC " + auc);
    }
}
