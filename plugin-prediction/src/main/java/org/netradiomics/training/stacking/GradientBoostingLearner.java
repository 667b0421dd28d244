package org.netradiomics.training.stacking;

import java.util.Map;
import java.util.SplittableRandom;

import smile.classification.GradientTreeBoost;
import smile.data.formula.Formula;

/**
 * Gradient tree boosting (Smile's GradientTreeBoost, Friedman's stochastic gradient boosting with regression trees
 * and the binomial deviance; it stands in for the surufatinib study's XGBoost, which has no pure-Java port).
 * Search space: trees ∈ {50, 100, 200}, shrinkage 10^U(−2, −0.5), max nodes ∈ {4, 6, 8}, subsample 0.7.
 */
public final class GradientBoostingLearner implements BaseLearner {

    @Override
    public String name() {
        return "gradient_boosting";
    }

    @Override
    public Hyperparameters draw(SplittableRandom random) {
        return new Hyperparameters(Map.of("trees", new double[] {50, 100, 200}[random.nextInt(3)], "shrinkage",
                Math.pow(10, -2 + 1.5 * random.nextDouble()), "maxNodes", 4.0 + 2 * random.nextInt(3)));
    }

    @Override
    public ProbabilityModel fit(double[][] x, boolean[] positive, Hyperparameters h, long seed) {
        GradientTreeBoost.Options options = new GradientTreeBoost.Options((int) h.get("trees"), 20,
                (int) h.get("maxNodes"), 5, h.get("shrinkage"), 0.7, null, null);
        smile.math.MathEx.setSeed(seed);
        GradientTreeBoost gb = GradientTreeBoost.fit(Formula.lhs(SmileFrames.OUTCOME), SmileFrames.of(x, positive),
                options);
        return new Fitted(gb);
    }

    /** A fitted boosted ensemble (serialisable for model packages). */
    record Fitted(GradientTreeBoost gb) implements ProbabilityModel {
        @Override
        public double probability(double[] x) {
            double[] post = new double[2];
            gb.predict(SmileFrames.row(x), post);
            return post[1];
        }
    }
}
