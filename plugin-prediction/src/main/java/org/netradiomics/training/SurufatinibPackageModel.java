package org.netradiomics.training;

import java.util.List;
import java.util.Map;

import org.netradiomics.model.PatientModel;
import org.netradiomics.volume.InvalidInputException;

/**
 * The surufatinib model as stored in a package: the developed {@link SurufatinibPipeline.Model} and the training
 * centres; the input {@code centre_index} (0-based, in {@link #centres()} order) picks the ComBat centre.
 */
public record SurufatinibPackageModel(SurufatinibPipeline.Model model, List<String> centres) implements PatientModel {

    @Override
    public double probability(Map<String, Double> values) {
        double[] raw = new double[model.features().size()];
        for (int j = 0; j < raw.length; j++) {
            Double v = values.get(model.features().get(j));
            if (v == null) {
                throw new InvalidInputException("missing feature '" + model.features().get(j) + "'");
            }
            raw[j] = v;
        }
        String centre = null;
        if (model.combat() != null) {
            Double c = values.get("centre_index");
            if (c == null || c < 0 || c >= centres.size() || c != Math.rint(c)) {
                throw new InvalidInputException("centre_index must be 0.." + (centres.size() - 1) + " for the training "
                        + "centres " + centres + "; a new centre cannot be harmonised");
            }
            centre = centres.get(c.intValue());
        }
        return model.probability(raw, centre);
    }
}
