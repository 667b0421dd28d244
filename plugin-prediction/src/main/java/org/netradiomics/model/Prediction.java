package org.netradiomics.model;

import java.util.List;
import java.util.Map;

/**
 * A model's output for one patient.
 *
 * @param packageId     the package that produced it
 * @param linearPredictor logit (logistic) or log relative hazard (Cox)
 * @param probability   probability of the outcome (logistic), NaN for Cox
 * @param group         risk group by the package's cut-off, or "" without one
 * @param contributions each input's coefficient × (scaled) value
 * @param warnings      input outside the valid or training range, intended-use mismatch, uncalibrated or
 *                      approximated parts, survival reported beyond the last event time
 * @param survival      Cox packages with a baseline: report time → S(t | x) (unit: the baseline's), else empty
 */
public record Prediction(String packageId, double linearPredictor, double probability, String group,
        Map<String, Double> contributions, List<String> warnings, Map<Double, Double> survival) {}
