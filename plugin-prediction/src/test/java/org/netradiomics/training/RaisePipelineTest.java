package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;

/** The RAISE pipeline trains end to end on a synthetic lesion-level cohort and recovers its signal. */
class RaisePipelineTest {

    @Test
    void deepScoreAddsToTheClinicalModel() {
        CohortTable lesions = SyntheticCohorts.raise(250, 40, 2);
        RaisePipeline.Result r = RaisePipeline.train(lesions, RaisePipeline.Settings.defaults().with(5, 3));
        RaisePipeline.Evaluation e = r.evaluation();
        System.out.printf("RAISE synthetic: HRs (DL score, SLD ratio, dlogCgA) %s; Monte-Carlo test C combined %.3f "
                + "[%.3f, %.3f], clinical only %.3f%n", java.util.Arrays.toString(r.model().hazardRatios()),
                e.combinedC(), e.combinedInterval()[0], e.combinedInterval()[1], e.clinicalC());
        // the latent factor behind the deep features has log HR 0.8: the DL score carries it
        assertTrue(r.model().hazardRatios()[0] > 1.3, "DL score HR " + r.model().hazardRatios()[0]);
        assertTrue(r.model().hazardRatios()[1] > 1, "SLD ratio HR");
        assertTrue(e.combinedC() > e.clinicalC() + 0.03, "combined " + e.combinedC() + " vs clinical " + e.clinicalC());
    }

    @Test
    void inconsistentPatientValuesAreRefused() {
        CohortTable lesions = SyntheticCohorts.raise(20, 10, 3);
        List<String[]> rows = new ArrayList<>();
        int patientWithTwo = -1;
        String[] ids = lesions.text("patient");
        for (int i = 0; i < lesions.size(); i++) {
            String[] row = new String[lesions.columns().size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = lesions.text(lesions.columns().get(c))[i];
            }
            if (patientWithTwo < 0 && i > 0 && ids[i].equals(ids[i - 1])) {
                patientWithTwo = i;
                row[lesions.columns().indexOf("sld_ratio")] = "9.9";
            }
            rows.add(row);
        }
        CohortTable bad = new CohortTable("bad", lesions.columns(), rows);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RaisePipeline.train(bad, RaisePipeline.Settings.defaults().with(3, 1)));
        assertTrue(e.getMessage().contains("sld_ratio"), e.getMessage());
    }
}
