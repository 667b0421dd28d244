package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;

/** The TALENT pipeline trains end to end on a synthetic cohort and recovers its known signal. */
class TalentPipelineTest {

    @Test
    void recoversTheKnownSignal() {
        CohortTable cohort = SyntheticCohorts.binary(400, 30, 1);
        TalentPipeline.Result r = TalentPipeline.train(cohort, TalentPipeline.Settings.defaults());
        System.out.printf("TALENT synthetic: LASSO kept %d at lambda %.4f; signature %s; AUC radiomics train %.3f "
                + "test %.3f; combined train %.3f test %.3f%n", r.lassoFeatures().size(), r.lambda(), r.signature(),
                r.radiomicsTrain().auc(), r.radiomicsTest().auc(), r.combinedTrain().auc(), r.combinedTest().auc());
        // f2 and f3 carry signal alone; f1's signal is shared with its near-duplicate f4 (r = 0.95), so either may
        // represent it
        assertTrue(r.signature().contains("original_feature02") && r.signature().contains("original_feature03"),
                r.signature().toString());
        int f1 = Math.max(r.signature().indexOf("original_feature01"), r.signature().indexOf("original_feature04"));
        assertTrue(f1 >= 0, "f1 or its proxy f4 in " + r.signature());
        // the signature's signs follow the generating model (per SD): f1 +, f2 −, f3 +
        int f2 = r.signature().indexOf("original_feature02");
        assertTrue(r.radiomicsCoefficients()[f1 + 1] > 0.5 && r.radiomicsCoefficients()[f2 + 1] < -0.5);
        // the generating model's radiomics part alone has a population AUC near 0.8 on held-out patients
        assertTrue(r.radiomicsTest().auc() > 0.72, "test AUC " + r.radiomicsTest().auc());
        assertTrue(r.combinedTest().auc() >= r.radiomicsTest().auc() - 0.02);
        // combined model: Ki-67 and pancreas effects positive as generated (0.03 per %, 0.7)
        assertTrue(r.combinedCoefficients()[2] > 0 && r.combinedCoefficients()[3] > 0);
        assertEquals(120, r.radiomicsTest().positives() + r.radiomicsTest().negatives());
    }

    @Test
    void refusesBadCohorts() {
        CohortTable good = SyntheticCohorts.binary(60, 12, 2);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < good.size(); i++) {
            String[] row = new String[good.columns().size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = good.text(good.columns().get(c))[i];
            }
            row[good.columns().indexOf("outcome")] = "0";
            rows.add(row);
        }
        CohortTable oneClass = new CohortTable("one-class cohort", good.columns(), rows);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TalentPipeline.train(oneClass, TalentPipeline.Settings.defaults()));
        assertTrue(e.getMessage().contains("0 positive"), e.getMessage());
        // the Ki-67 cohort keeps the generated outcomes, so both classes are present well above the minimum of 5
        // and the class check cannot be what refuses it
        int outcome = good.columns().indexOf("outcome");
        boolean[] generated = good.binary("outcome");
        int positives = 0;
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i)[outcome] = generated[i] ? "1" : "0";
            positives += generated[i] ? 1 : 0;
        }
        assertTrue(positives >= 10 && rows.size() - positives >= 10, positives + " positive of " + rows.size());
        rows.get(3)[good.columns().indexOf("ki67")] = "140";
        InvalidInputException ki = assertThrows(InvalidInputException.class, () -> TalentPipeline.train(
                new CohortTable("bad Ki-67", good.columns(), rows), TalentPipeline.Settings.defaults()));
        assertTrue(ki.getMessage().contains("Ki-67") || ki.getMessage().contains("positive"), ki.getMessage());
        // names the quantity and its column, the row (data row 4 is line 5 of the file, after the header), the value
        // and the valid range; nothing about classes
        for (String part : List.of("Ki-67", "'ki67'", "row 5", "140", "0-100")) {
            assertTrue(ki.getMessage().contains(part), part + " in: " + ki.getMessage());
        }
        assertFalse(ki.getMessage().contains("positive"), ki.getMessage());
        // the same cohort with that value in range trains
        rows.get(3)[good.columns().indexOf("ki67")] = "14";
        assertFalse(TalentPipeline.train(new CohortTable("fixed Ki-67", good.columns(), rows),
                TalentPipeline.Settings.defaults()).signature().isEmpty());
        rows.get(5)[good.columns().indexOf("original_feature07")] = "NA";
        InvalidInputException na = assertThrows(InvalidInputException.class,
                () -> new CohortTable("missing value", good.columns(), rows).numeric("original_feature07"));
        assertTrue(na.getMessage().contains("row 7"), na.getMessage());
    }
}
