package org.netradiomics.stats.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.stats.survival.SurvivalData;
import org.netradiomics.volume.InvalidInputException;

/** MLP: back-propagation against finite differences, Cox loss against R's coxph, XOR learned. */
class MlpTest {

    @Test
    void backPropagationEqualsFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(2);
        double[][] x = new double[15][3];
        boolean[] y = new boolean[15];
        double[] t = new double[15];
        boolean[] e = new boolean[15];
        for (int i = 0; i < 15; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = r.nextDouble() * 2 - 1;
            }
            y[i] = r.nextBoolean();
            t[i] = 1 + r.nextInt(6); // ties on purpose
            e[i] = r.nextDouble() < 0.7;
        }
        for (OutputLoss loss : new OutputLoss[] {new BinaryCrossEntropy(y),
                new CoxPartialLikelihoodLoss(SurvivalData.of(t, e))}) {
            Mlp net = Mlp.train(x, loss, new Mlp.Settings(new int[] {4, 3}, 1, 1e-3, 0, 5));
            AdamTrainer trainer = new AdamTrainer(net, null);
            AdamTrainer.Gradient g = trainer.gradient(x, loss);
            double[][][] w = net.weights();
            double maxErr = 0;
            for (int l = 0; l < w.length; l++) {
                for (int o = 0; o < w[l].length; o++) {
                    for (int k = 0; k < w[l][o].length; k++) {
                        double keep = w[l][o][k];
                        w[l][o][k] = keep + 1e-6;
                        double up = lossOf(net, x, loss);
                        w[l][o][k] = keep - 1e-6;
                        double down = lossOf(net, x, loss);
                        w[l][o][k] = keep;
                        maxErr = Math.max(maxErr, Math.abs((up - down) / 2e-6 - g.w()[l][o][k]));
                    }
                }
            }
            assertTrue(maxErr < 1e-7, loss.getClass().getSimpleName() + " gradient error " + maxErr);
        }
    }

    private static double lossOf(Mlp net, double[][] x, OutputLoss loss) {
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = net.output(x[i]);
        }
        return loss.loss(f);
    }

    @Test
    void coxLossEqualsCoxphBreslowLogLikelihood() {
        Map<String, double[]> r = RScript.run("""
                set.seed(4)
                n <- 40
                f <- rnorm(n); tt <- sample(1:15, n, replace = TRUE); st <- rbinom(n, 1, 0.7)
                out("f", f); out("t", tt); out("s", st)
                fit <- coxph(Surv(tt, st) ~ offset(f), ties = "breslow")
                out("loglik", fit$loglik); out("d", sum(st))
                """, "survival");
        double[] s = r.get("s");
        boolean[] e = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            e[i] = s[i] == 1;
        }
        double loss = new CoxPartialLikelihoodLoss(SurvivalData.of(r.get("t"), e)).loss(r.get("f"));
        RScript.assertClose("Cox loss vs coxph Breslow loglik", -r.get("loglik")[0] / r.get("d")[0], loss, 1e-12);
    }

    @Test
    void learnsXor() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        boolean[] y = {false, true, true, false};
        Mlp net = Mlp.train(x, new BinaryCrossEntropy(y), new Mlp.Settings(new int[] {6}, 2000, 0.05, 0, 1));
        for (int i = 0; i < 4; i++) {
            assertEquals(y[i], net.probability(x[i]) > 0.5, "XOR row " + i);
        }
        assertThrows(InvalidInputException.class, () -> net.output(new double[] {1}));
        assertThrows(InvalidInputException.class, () -> new Mlp.Settings(new int[] {0}, 10, 0.1, 0, 1));
    }
}
