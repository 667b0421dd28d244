package org.netradiomics.model;

import java.util.Map;

/** The fitted part of a model package. */
public sealed interface Estimator {

    /**
     * Logistic regression: logit p = intercept + Σ β_k x_k (x z-scored where the input says so); the intercept may be
     * missing (NaN) until a site calibrates it.
     */
    record Logistic(double intercept, Map<String, Double> coefficients) implements Estimator {}

    /** Cox proportional hazards: linear predictor Σ β_k x_k; no baseline hazard unless published or fitted. */
    record Cox(Map<String, Double> coefficients) implements Estimator {}

    /** Not fitted: the published design only; refuses to predict until a site trains it with the named pipeline. */
    record RequiresTraining(String type, String pipeline) implements Estimator {}
}
