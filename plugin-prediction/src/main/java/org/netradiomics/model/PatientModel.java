package org.netradiomics.model;

import java.util.Map;

/**
 * A fitted non-linear model (e.g. a stacking ensemble) stored whole in a model package: the probability of the outcome
 * from a patient's input values (by input name).
 */
public interface PatientModel extends java.io.Serializable {

    /** P(outcome | values); values hold every input of the package. */
    double probability(Map<String, Double> values);
}
