package org.netradiomics.model;

/**
 * One input of a model package: a radiomics feature (PyRadiomics name, aggregated over lesions), a clinical value,
 * or the score of another package.
 *
 * @param name     column name in input tables (e.g. {@code original_glcm_Imc1}, {@code ki67}, {@code RADscore})
 * @param kind     FEATURE, CLINICAL or SCORE
 * @param unit     unit for display ("%", "HU", "" when none)
 * @param min      smallest valid value (NaN = none); values outside [min, max] are refused for clinical inputs and
 *                 flagged for features
 * @param max      largest valid value (NaN = none)
 * @param binary   a 0/1 input
 * @param standardised z-scored before the estimator: (x − mean) / sd
 * @param mean     z-scoring mean (NaN = not published: the package needs a reference cohort)
 * @param sd       z-scoring SD (NaN = not published)
 * @param source   for SCORE inputs, the id of the package whose probability this is
 */
public record InputSpec(String name, Kind kind, String unit, double min, double max, boolean binary,
        boolean standardised, double mean, double sd, String source) {

    /** What kind of value an input is. */
    public enum Kind { FEATURE, CLINICAL, SCORE }

    /** The same input with z-scoring mean and SD set. */
    public InputSpec withScaling(double newMean, double newSd) {
        return new InputSpec(name, kind, unit, min, max, binary, true, newMean, newSd, source);
    }
}
