package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.Predictor;
import org.netradiomics.volume.InvalidInputException;

/** The surufatinib package stores the whole developed model: read back, it predicts exactly what the model does. */
class SurufatinibPackageTest {

    @Test
    void packageReproducesTheDevelopedModel() {
        CohortTable cohort = SyntheticCohorts.binary(120, 12, 3);
        SurufatinibPipeline.Result r = SurufatinibPipeline.train(cohort,
                SurufatinibPipeline.Settings.defaults().withEffort(10, 1, 1));
        ModelPackage p = PackageExport.surufatinib(r, "site-surufatinib", "synthetic");
        ModelPackage back = ModelPackageJson.read(new ByteArrayInputStream(ModelPackageJson.write(p)
                .getBytes(StandardCharsets.UTF_8)), "site-surufatinib.json");
        List<String> features = r.model().features();
        double[][] x = cohort.matrix(features);
        String[] centre = cohort.text("centre");
        List<String> centres = r.model().combat().centres();
        for (int i = 0; i < 5; i++) {
            Map<String, Double> values = new HashMap<>();
            for (int j = 0; j < features.size(); j++) {
                values.put(features.get(j), x[i][j]);
            }
            values.put("centre_index", (double) centres.indexOf(centre[i]));
            double expected = r.model().probability(x[i], centre[i]);
            assertEquals(expected, Predictor.predict(back, values, id -> back).probability(), 1e-15, "patient " + i);
        }
        Map<String, Double> unseen = new HashMap<>();
        for (int j = 0; j < features.size(); j++) {
            unseen.put(features.get(j), x[0][j]);
        }
        unseen.put("centre_index", 7.0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Predictor.predict(back, unseen,
                id -> back));
        assertTrue(e.getMessage().contains("centre_index"), e.getMessage());
        // a damaged serialised model is refused with a message, not an exception trace
        String damaged = ModelPackageJson.write(p).replaceFirst("\"serializedModel\" : \"H4sI", "\"serializedModel\" : \"XXXX");
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> ModelPackageJson.read(
                new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8)), "damaged.json"));
        assertTrue(bad.getMessage().contains("serializedModel"), bad.getMessage());
    }
}
