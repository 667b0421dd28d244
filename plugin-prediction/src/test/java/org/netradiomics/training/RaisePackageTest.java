package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.Prediction;
import org.netradiomics.model.Predictor;

/**
 * The RAISE package written by {@code train} and read back predicts what the pipeline's model computes: PCA is affine,
 * so the PCA of a patient's mean deep features equals the mean of its lesions' component scores (the paper's average
 * pooling), and the Cox linear predictor must agree to rounding.
 */
class RaisePackageTest {

    @Test
    void packageReproducesThePipelineModel() {
        CohortTable lesions = SyntheticCohorts.raise(80, 12, 4);
        RaisePipeline.Settings s = RaisePipeline.Settings.defaults().with(4, 1);
        RaisePipeline.Result r = RaisePipeline.train(lesions, s);
        ModelPackage p = PackageExport.raise(r, s, "site-raise", "synthetic");
        ModelPackage back = ModelPackageJson.read(new ByteArrayInputStream(ModelPackageJson.write(p)
                .getBytes(StandardCharsets.UTF_8)), "site-raise.json");
        List<String> deep = lesions.columnsStartingWith("deep_");
        double[][] x = lesions.matrix(deep);
        String[] patient = lesions.text("patient");
        double[] sld = lesions.numeric("sld_ratio");
        double[] cga = lesions.numeric("delta_log_cga");
        for (String id : List.of("P1", "P2", "P3")) {
            List<double[]> rows = new java.util.ArrayList<>();
            int first = -1;
            for (int i = 0; i < patient.length; i++) {
                if (patient[i].equals(id)) {
                    rows.add(x[i]);
                    first = first < 0 ? i : first;
                }
            }
            double expected = r.model().risk(r.model().score(rows.toArray(double[][]::new)), sld[first], cga[first]);
            Map<String, Double> values = new HashMap<>();
            for (int j = 0; j < deep.size(); j++) {
                double mean = 0;
                for (double[] row : rows) {
                    mean += row[j] / rows.size();
                }
                values.put(deep.get(j), mean);
            }
            values.put("sld_ratio", sld[first]);
            values.put("delta_log_cga", cga[first]);
            Prediction pred = Predictor.predict(back, values, name -> back);
            assertEquals(expected, pred.linearPredictor(), 1e-9 * Math.max(1, Math.abs(expected)), id);
        }
    }
}
