package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.model.Estimator;
import org.netradiomics.model.InputSpec;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.Prediction;
import org.netradiomics.model.Predictor;

/**
 * The gastric NEN package written by {@code train} gives, after a JSON round trip, the combined Cox model's linear
 * predictor (signature values times their hazard coefficients plus the clinical terms, computed here from the
 * pipeline's result) and absolute survival from the fitted baseline; its feature inputs carry the development
 * cohort's ranges.
 */
class GastricNenPackageTest {

    @Test
    void packageGivesTheCombinedModelsRiskAndSurvival() {
        CohortTable cohort = SyntheticCohorts.survival(300, 25, 3);
        GastricNenPipeline.Settings s = GastricNenPipeline.Settings.defaults();
        GastricNenPipeline.Result r = GastricNenPipeline.train(cohort, s);
        ModelPackage exported = PackageExport.withDevelopmentRanges(PackageExport.gastricNen(r, s, "gnen-site",
                "synthetic.csv"), cohort);
        ModelPackage p = ModelPackageJson.read(new ByteArrayInputStream(ModelPackageJson.write(exported)
                .getBytes(StandardCharsets.UTF_8)), "gnen-site.json");
        Estimator.Cox cox = (Estimator.Cox) p.estimator();
        double[] bt = cox.baseline().times(), bh = cox.baseline().cumulativeHazard();
        assertEquals(3, cox.baseline().reportTimes().length);

        for (int i = 0; i < 25; i++) {
            Map<String, Double> values = new HashMap<>();
            for (InputSpec in : p.inputs()) {
                values.put(in.name(), cohort.numeric(in.name())[i]);
            }
            double lp = 0;
            int c = 0;
            for (GastricNenPipeline.Signature sig : r.signatures()) {
                int row = i;
                double[] raw = sig.features().stream().mapToDouble(f -> cohort.numeric(f)[row]).toArray();
                lp += r.combinedCoefficients()[c++] * sig.value(raw);
            }
            for (String clinical : s.clinical()) {
                lp += r.combinedCoefficients()[c++] * cohort.numeric(clinical)[i];
            }
            Prediction pr = Predictor.predict(p, values, id -> null);
            assertEquals(lp, pr.linearPredictor(), 1e-9 * Math.max(1, Math.abs(lp)), "patient " + i);
            for (Map.Entry<Double, Double> e : pr.survival().entrySet()) {
                double h = 0;
                for (int k = 0; k < bt.length && bt[k] <= e.getKey(); k++) {
                    h = bh[k];
                }
                assertEquals(Math.exp(-h * Math.exp(lp)), e.getValue(), 1e-12, "S(" + e.getKey() + ") patient " + i);
            }
            List<Double> sv = List.copyOf(pr.survival().values());
            assertTrue(sv.get(0) >= sv.get(1) && sv.get(1) >= sv.get(2), "survival falls with time: " + sv);
        }
        for (InputSpec in : p.inputs()) {
            if (in.kind() == InputSpec.Kind.FEATURE) {
                double[] v = cohort.numeric(in.name());
                assertEquals(java.util.Arrays.stream(v).min().getAsDouble(), in.min(), 0, in.name());
                assertEquals(java.util.Arrays.stream(v).max().getAsDouble(), in.max(), 0, in.name());
            } else {
                assertTrue(Double.isNaN(in.min()), in.name() + " keeps its own (unset) range");
            }
        }
    }
}
