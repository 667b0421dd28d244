package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.model.InputSpec;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.Predictor;
import org.netradiomics.stats.resampling.StratifiedSplit;

/**
 * The LNM packages written by {@code train} (RDPs with both signatures expanded over their z-scored features, and the
 * nomogram taking RDPs as a score input) and read back predict what the pipeline fitted, for every patient; the
 * pipeline's own training and test AUCs are recovered from the package's predictions by counting pairs.
 */
class LnmPackageTest {

    @Test
    void packagesReproduceThePipelineModels() {
        CohortTable cohort = SyntheticCohorts.lnm(400, 20, 5);
        CohortTable reseg = SyntheticCohorts.resegmentation(cohort, 30, 0.2, List.of("original_feature02"), 6);
        LnmPipeline.Settings s = LnmPipeline.Settings.defaults(reseg);
        LnmPipeline.Result r = LnmPipeline.train(cohort, s);
        List<ModelPackage> written = PackageExport.lnm(r, s, "site-lnm", "synthetic");
        assertEquals(2, written.size());
        ModelPackage rdps = readBack(written.get(0), "site-lnm-rdps.json");
        ModelPackage nomogram = readBack(written.get(1), "site-lnm.json");
        assertEquals("site-lnm-rdps", rdps.id());
        assertEquals("site-lnm", nomogram.id());

        // the inputs the packages name are those the pipeline selected
        List<String> signatureFeatures = new ArrayList<>(r.radiomics().features());
        signatureFeatures.addAll(r.deep().features());
        assertEquals(signatureFeatures, rdps.inputs().stream().map(InputSpec::name).toList());
        for (InputSpec in : rdps.inputs()) {
            assertEquals(InputSpec.Kind.FEATURE, in.kind(), in.name());
            assertTrue(in.standardised() && Double.isFinite(in.mean()) && in.sd() > 0, in.name());
        }
        assertEquals(r.nomogramTerms(), nomogram.inputs().stream().map(InputSpec::name).toList());
        assertEquals(List.of("RDPs", "vascular_invasion", "perineural_invasion", "grade_g2g3"), r.nomogramTerms());
        InputSpec score = nomogram.inputs().get(0);
        assertEquals(InputSpec.Kind.SCORE, score.kind());
        assertEquals("site-lnm-rdps", score.source());
        for (InputSpec in : nomogram.inputs().subList(1, nomogram.inputs().size())) {
            assertEquals(InputSpec.Kind.CLINICAL, in.kind(), in.name());
            assertTrue(in.binary(), in.name());
        }

        // predictions of the read-back packages equal the pipeline's model for every patient
        double[][] rad = cohort.matrix(r.radiomics().features());
        double[][] deep = cohort.matrix(r.deep().features());
        double[][] clinical = cohort.matrix(s.clinical());
        boolean[] y = cohort.binary("outcome");
        double[] packageRdps = new double[y.length];
        double[] packageNomogram = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            Map<String, Double> values = new HashMap<>();
            for (int k = 0; k < rad[i].length; k++) {
                values.put(r.radiomics().features().get(k), rad[i][k]);
            }
            for (int k = 0; k < deep[i].length; k++) {
                values.put(r.deep().features().get(k), deep[i][k]);
            }
            for (int c = 0; c < s.clinical().size(); c++) {
                values.put(s.clinical().get(c), clinical[i][c]);
            }
            double[] b = r.rdpsCoefficients();
            double expectedRdps = logistic(b[0] + b[1] * r.radiomics().value(rad[i]) + b[2] * r.deep().value(deep[i]));
            double[] g = r.nomogramCoefficients();
            double eta = g[0] + g[1] * expectedRdps;
            for (int c = 0; c < s.clinical().size(); c++) {
                eta += g[c + 2] * clinical[i][c];
            }
            double expectedNomogram = logistic(eta);
            packageRdps[i] = Predictor.predict(rdps, values, id -> resolve(id, rdps, nomogram)).probability();
            // the nomogram computes RDPs itself from the features through its source package
            packageNomogram[i] = Predictor.predict(nomogram, values, id -> resolve(id, rdps, nomogram)).probability();
            assertEquals(expectedRdps, packageRdps[i], 1e-12, "RDPs of patient " + (i + 1));
            assertEquals(expectedNomogram, packageNomogram[i], 1e-12, "nomogram of patient " + (i + 1));
        }

        // the pipeline's reported AUCs, recomputed from the package's predictions on the same split
        StratifiedSplit.Split split = StratifiedSplit.trainTest(StratifiedSplit.classes(y), s.trainFraction(), s.seed());
        assertEquals(r.nomogramTrain().auc(), PairAuc.of(y, packageNomogram, split.train()), 1e-12, "nomogram train AUC");
        assertEquals(r.nomogramTest().auc(), PairAuc.of(y, packageNomogram, split.test()), 1e-12, "nomogram test AUC");
        assertEquals(r.rdpsTest().auc(), PairAuc.of(y, packageRdps, split.test()), 1e-12, "RDPs test AUC");
    }

    private static ModelPackage readBack(ModelPackage p, String name) {
        return ModelPackageJson.read(new ByteArrayInputStream(ModelPackageJson.write(p).getBytes(StandardCharsets.UTF_8)),
                name);
    }

    private static ModelPackage resolve(String id, ModelPackage rdps, ModelPackage nomogram) {
        if (id.equals(rdps.id())) {
            return rdps;
        }
        if (id.equals(nomogram.id())) {
            return nomogram;
        }
        throw new AssertionError("unexpected package " + id);
    }

    private static double logistic(double eta) {
        return 1 / (1 + Math.exp(-eta));
    }

}
