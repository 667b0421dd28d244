package org.netradiomics.training.stacking;

/** A fitted binary classifier that gives the probability of the positive class. */
@FunctionalInterface
public interface ProbabilityModel extends java.io.Serializable {

    /** P(positive | x). */
    double probability(double[] x);
}
