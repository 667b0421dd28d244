package org.netradiomics.model;

import java.util.List;
import java.util.Map;

/**
 * A versioned model package (format described in plugin-prediction/MODEL_PACKAGE.md): which study, for which use,
 * extracted how, with which inputs, which estimator, cut-off and risk groups, what the paper reported, where every
 * number came from, and what is missing.
 *
 * @param id            identifier (e.g. {@code talent-combined})
 * @param study         study name and title
 * @param doi           the paper's DOI
 * @param intendedUse   tumour type, lesion site, CT phase, minimum lesion size (mm), treatment
 * @param extraction    PyRadiomics-style parameter block (setting/featureClass/imageType), or empty
 * @param aggregation   how lesion features become patient values: median, mean, none (one lesion) or pooled (the
 *                      features of the union of the patient's lesion masks)
 * @param inputs        inputs in estimator order
 * @param estimator     the estimator
 * @param cutoff        cut-off on the probability (logistic) or linear predictor (Cox), NaN = none
 * @param groups        names of the groups below and at/above the cut-off
 * @param calibration   published, requires-reference-cohort, fitted-on-site, approximated or requires-training
 * @param missing       what the paper did not publish (each item a sentence)
 * @param performance   published performance (free-form numbers by name)
 * @param provenance    who fitted what on which data (free-form text by key)
 */
public record ModelPackage(String id, String study, String doi, Map<String, Object> intendedUse,
        Map<String, Object> extraction, String aggregation, List<InputSpec> inputs, Estimator estimator, double cutoff,
        List<String> groups, String calibration, List<String> missing, Map<String, Object> performance,
        Map<String, Object> provenance) {

    /** Format version written and read by this release. */
    public static final int FORMAT_VERSION = 1;

    /** The input of that name, or null. */
    public InputSpec input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }
}
