package org.netradiomics.model;

import java.util.List;
import java.util.Map;

/**
 * What the prediction panel and the Weasis adapter call: the available studies, what a study needs, and a prediction
 * from per-lesion feature tables plus clinical inputs (lesions aggregated as the package says).
 */
public interface PredictionService {

    /** Every available package (bundled studies and any loaded from files). */
    List<ModelPackage> studies();

    /** The package with this id; an unknown id is an error listing the known ones. */
    ModelPackage study(String id);

    /** The inputs a study needs (features, clinical values with units and ranges, scores). */
    default List<InputSpec> requirements(String id) {
        return study(id).inputs();
    }

    /** Prediction from each lesion's features (PyRadiomics names) and the patient's clinical values. */
    default Prediction predict(String id, List<Map<String, Double>> lesionFeatures, Map<String, Double> clinical) {
        return predict(id, lesionFeatures, clinical, PredictionContext.UNKNOWN);
    }

    /**
     * As {@link #predict(String, List, Map)}, with the case (lesion site, CT phase) checked against the study's
     * intended use; the smallest lesion's size is taken from {@code original_shape_Maximum3DDiameter} when the
     * lesion features hold it and the context does not state it.
     */
    Prediction predict(String id, List<Map<String, Double>> lesionFeatures, Map<String, Double> clinical,
            PredictionContext context);
}
