package org.netradiomics.training.stacking;

import java.util.Map;
import java.util.SplittableRandom;

import smile.classification.PlattScaling;
import smile.classification.SVM;
import smile.math.kernel.GaussianKernel;

/**
 * Support vector machine with a Gaussian kernel (Smile's LASVM), probabilities by Platt scaling of the decision
 * values on the training data. Search space: C = 10^U(−1, 2), σ = 10^U(−0.5, 1) (features are z-scored).
 */
public final class SvmLearner implements BaseLearner {

    @Override
    public String name() {
        return "svm";
    }

    @Override
    public Hyperparameters draw(SplittableRandom random) {
        return new Hyperparameters(Map.of("C", Math.pow(10, -1 + 3 * random.nextDouble()),
                "sigma", Math.pow(10, -0.5 + 1.5 * random.nextDouble())));
    }

    @Override
    public ProbabilityModel fit(double[][] x, boolean[] positive, Hyperparameters h, long seed) {
        int[] y = new int[positive.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = positive[i] ? 1 : -1;
        }
        smile.math.MathEx.setSeed(seed);   // LASVM shuffles with Smile's per-thread generator: seed it for determinism
        SVM<double[]> svm = SVM.fit(x, y, new GaussianKernel(h.get("sigma")), new SVM.Options(h.get("C")));
        double[] scores = new double[x.length];
        int[] y01 = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            scores[i] = svm.score(x[i]);
            y01[i] = positive[i] ? 1 : 0;
        }
        return new Fitted(svm, PlattScaling.fit(scores, y01));
    }

    /** A fitted SVM with its Platt scaling (serialisable for model packages). */
    record Fitted(SVM<double[]> svm, PlattScaling platt) implements ProbabilityModel {
        @Override
        public double probability(double[] x) {
            return platt.scale(svm.score(x));
        }
    }
}
