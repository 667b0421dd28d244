package org.netradiomics.model;

import java.util.List;
import java.util.Map;

/** The fitted part of a model package. */
public sealed interface Estimator {

    /**
     * Logistic regression: logit p = intercept + Σ β_k x_k (x z-scored where the input says so); the intercept may be
     * missing (NaN) until a site calibrates it.
     */
    record Logistic(double intercept, Map<String, Double> coefficients) implements Estimator {}

    /**
     * Cox proportional hazards: linear predictor Σ β_k x_k; with a baseline (published or fitted on site, else null)
     * also absolute survival at the baseline's report times.
     */
    record Cox(Map<String, Double> coefficients, Baseline baseline) implements Estimator {}

    /**
     * Cox model whose input {@code dl_score} is a deep-learning score computed from the patient's (lesion-averaged)
     * deep features: PCA (mean, rotation), z-scoring of the components, then an MLP (tanh hidden layers, linear output),
     * as the RAISE study. The other inputs enter linearly. {@code baseline} as for {@link Cox} (null = none).
     */
    record DeepScoreCox(List<String> deepFeatures, double[] pcaMean, double[][] pcaRotation, double[] componentMean,
            double[] componentSd, org.netradiomics.stats.neural.Mlp mlp, Map<String, Double> coefficients,
            Baseline baseline) implements Estimator {

        /** The deep-learning score of the deep feature values (in {@link #deepFeatures()} order). */
        public double score(double[] x) {
            int k = componentMean.length;
            double[] z = new double[k];
            for (int j = 0; j < x.length; j++) {
                double d = x[j] - pcaMean[j];
                for (int m = 0; m < k; m++) {
                    z[m] += d * pcaRotation[j][m];
                }
            }
            for (int m = 0; m < k; m++) {
                z[m] = (z[m] - componentMean[m]) / componentSd[m];
            }
            return mlp.output(z);
        }
    }

    /**
     * A fitted non-linear model stored whole (Java serialisation of a {@link PatientModel}, read back only for this
     * project's and Smile's classes); {@code type} names the learner (e.g. "stacking").
     */
    record Serialized(String type, PatientModel model) implements Estimator {}

    /** Not fitted: the published design only; refuses to predict until a site trains it with the named pipeline. */
    record RequiresTraining(String type, String pipeline) implements Estimator {}
}
