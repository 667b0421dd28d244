package org.netradiomics.training.stacking;

import java.util.Map;
import java.util.SplittableRandom;

import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * Random forest (Smile), probability = posterior of the forest. Search space: trees ∈ {100, 200, 300},
 * mtry ∈ 1..max(1, p), node size ∈ {1, 3, 5}.
 */
public final class RandomForestLearner implements BaseLearner {

    @Override
    public String name() {
        return "random_forest";
    }

    @Override
    public Hyperparameters draw(SplittableRandom random) {
        return new Hyperparameters(Map.of("trees", 100.0 * (1 + random.nextInt(3)), "mtryFraction",
                random.nextDouble(), "nodeSize", 1.0 + 2 * random.nextInt(3)));
    }

    @Override
    public ProbabilityModel fit(double[][] x, boolean[] positive, Hyperparameters h, long seed) {
        int p = x[0].length;
        int mtry = Math.max(1, (int) Math.ceil(h.get("mtryFraction") * p));
        int trees = (int) h.get("trees");
        long[] seeds = new long[trees];
        SplittableRandom r = new SplittableRandom(seed);
        for (int t = 0; t < trees; t++) {
            seeds[t] = r.nextLong();
        }
        RandomForest.Options options = new RandomForest.Options(trees, mtry, smile.model.cart.SplitRule.GINI, 20,
                Math.max(2, x.length / 2), (int) h.get("nodeSize"), 1.0, null, seeds, null);
        DataFrame df = SmileFrames.of(x, positive);
        RandomForest rf = RandomForest.fit(Formula.lhs(SmileFrames.OUTCOME), df, options);
        return new Fitted(rf);
    }

    /** A fitted forest (serialisable for model packages). */
    record Fitted(RandomForest rf) implements ProbabilityModel {
        @Override
        public double probability(double[] x) {
            double[] post = new double[2];
            rf.predict(SmileFrames.row(x), post);
            return post[1];
        }
    }
}
