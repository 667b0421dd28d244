package org.netradiomics.training.stacking;

import java.util.SplittableRandom;

/** A learner family with hyper-parameters drawn for random search, fitted to a binary outcome. */
public interface BaseLearner {

    /** Name used in reports ("svm", "random_forest", "gradient_boosting"). */
    String name();

    /** A random hyper-parameter setting from the learner's search space. */
    Hyperparameters draw(SplittableRandom random);

    /** Fits with the given hyper-parameters. */
    ProbabilityModel fit(double[][] x, boolean[] positive, Hyperparameters h, long seed);

    /** Named hyper-parameter values. */
    record Hyperparameters(java.util.Map<String, Double> values) implements java.io.Serializable {
        /** The value of a named hyper-parameter. */
        public double get(String name) {
            return values.get(name);
        }
    }
}
