package org.netradiomics.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.stats.glmnet.CrossValidatedGlmnet;
import org.netradiomics.stats.glmnet.GlmnetOptions;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.stats.survival.CoxModel;
import org.netradiomics.stats.survival.CoxOptions;
import org.netradiomics.stats.survival.SurvivalData;
import org.netradiomics.volume.InvalidInputException;

/**
 * The gastric NEN study's model development (see {@code docs/studies.md}) on a site's cohort:
 * <ol>
 *   <li>train/test split stratified on the event indicator;</li>
 *   <li>for each signature (e.g. arterial DLP and venous DLV deep features, by column prefix): features z-scored on
 *       the training part, LASSO-Cox ({@code cv.glmnet(family = "cox")}, k-fold partial-likelihood deviance,
 *       {@code lambda.min}); the signature is the LASSO linear predictor;</li>
 *   <li>combined Cox model (Efron ties) of the signatures and the clinical factors (Ki-67, M stage, longest
 *       diameter);</li>
 *   <li>risk groups split at the training median of the combined linear predictor (the paper's cut-offs are on
 *       its own, unpublished scale); C-index and log-rank on training and test parts.</li>
 * </ol>
 */
public final class GastricNenPipeline {
    private GastricNenPipeline() {}

    /** Columns and tuning; {@code signatures} maps a signature name to the prefix of its feature columns. */
    public record Settings(String time, String event, Map<String, String> signatures, List<String> clinical,
            double trainFraction, int folds, long seed) {
        /** The study's design with the column names of the bundled synthetic survival cohort. */
        public static Settings defaults() {
            return new Settings("time", "event", Map.of("signature", "original_"),
                    List.of("ki67", "m_stage", "diameter_mm"), 0.7, 10, 1);
        }
    }

    /** One LASSO-Cox signature: its features (raw-scale means and SDs for z-scoring) and coefficients per SD. */
    public record Signature(String name, List<String> features, ZScore scaling, double[] coefficients, double lambda) {
        /** The signature value of raw feature values (in {@link #features()} order). */
        public double value(double[] raw) {
            double[] z = scaling.apply(raw);
            double s = 0;
            for (int k = 0; k < z.length; k++) {
                s += coefficients[k] * z[k];
            }
            return s;
        }
    }

    /**
     * The fitted signatures, the combined Cox model (covariates: signatures then clinical), its baseline cumulative
     * hazard at covariates 0 ({@link CoxModel#uncentredBaselineSteps()}: event times, hazard), cut-off, reports.
     */
    public record Result(List<Signature> signatures, List<String> combinedCovariates, double[] combinedCoefficients,
            double[] hazardRatios, double[][] baseline, double riskCutoff, SurvivalReport train, SurvivalReport test) {}

    /** Runs the pipeline on {@code cohort} (one row per patient). */
    public static Result train(CohortTable cohort, Settings s) {
        SurvivalData y = SurvivalData.of(cohort.numeric(s.time()), cohort.binary(s.event()));
        if (y.eventCount() < 10) {
            throw new InvalidInputException("the cohort has " + y.eventCount() + " events; a LASSO-Cox signature "
                    + "needs at least 10");
        }
        boolean[] event = cohort.binary(s.event());
        StratifiedSplit.Split split = StratifiedSplit.trainTest(StratifiedSplit.classes(event), s.trainFraction(),
                s.seed());
        SurvivalData yTrain = y.subset(split.train());
        int[] foldid = StratifiedSplit.folds(StratifiedSplit.classes(Rows.of(event, split.train())), s.folds(),
                s.seed());
        List<Signature> signatures = new ArrayList<>();
        Map<String, double[]> signatureValues = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(s.signatures()).entrySet()) {
            Signature sig = fitSignature(cohort, e.getKey(), e.getValue(), split.train(), yTrain, foldid);
            signatures.add(sig);
            double[][] raw = cohort.matrix(sig.features());
            double[] v = new double[cohort.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = sig.value(raw[i]);
            }
            signatureValues.put(sig.name(), v);
        }
        List<String> covariates = new ArrayList<>(signatureValues.keySet());
        covariates.addAll(s.clinical());
        double[][] x = new double[cohort.size()][covariates.size()];
        int c = 0;
        for (double[] v : signatureValues.values()) {
            for (int i = 0; i < v.length; i++) {
                x[i][c] = v[i];
            }
            c++;
        }
        for (String clinical : s.clinical()) {
            double[] v = cohort.numeric(clinical);
            for (int i = 0; i < v.length; i++) {
                x[i][c] = v[i];
            }
            c++;
        }
        CoxModel combined = CoxModel.fit(Rows.of(x, split.train()), yTrain, CoxOptions.defaults());
        double[] lp = new double[cohort.size()];
        for (int i = 0; i < lp.length; i++) {
            lp[i] = combined.linearPredictor(x[i]);
        }
        double[] trainLp = Rows.of(lp, split.train()).clone();
        java.util.Arrays.sort(trainLp);
        int m = trainLp.length;
        double cutoff = m % 2 == 1 ? trainLp[m / 2] : 0.5 * (trainLp[m / 2 - 1] + trainLp[m / 2]);
        return new Result(signatures, covariates, combined.coefficients(), combined.hazardRatios(),
                combined.uncentredBaselineSteps(), cutoff,
                SurvivalReport.of(yTrain, Rows.of(lp, split.train()), cutoff),
                SurvivalReport.of(y.subset(split.test()), Rows.of(lp, split.test()), cutoff));
    }

    private static Signature fitSignature(CohortTable cohort, String name, String prefix, int[] train,
            SurvivalData yTrain, int[] foldid) {
        List<String> names = cohort.columnsStartingWith(prefix);
        if (names.isEmpty()) {
            throw new InvalidInputException("signature '" + name + "': the cohort has no column starting with '"
                    + prefix + "'");
        }
        double[][] raw = Rows.of(cohort.matrix(names), train);
        ZScore scaling = ZScore.fit(raw, names);
        CrossValidatedGlmnet cv = CrossValidatedGlmnet.cox(scaling.apply(raw), yTrain, foldid, GlmnetOptions.lasso());
        double[] beta = cv.fullPath().coefficientsAt(cv.lambdaMin()).beta();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < beta.length; j++) {
            if (beta[j] != 0) {
                kept.add(j);
            }
        }
        if (kept.isEmpty()) {
            throw new InvalidInputException("signature '" + name + "': the LASSO-Cox kept no feature at lambda.min "
                    + cv.lambdaMin() + "; these features carry no detectable survival signal in this cohort");
        }
        int[] idx = kept.stream().mapToInt(Integer::intValue).toArray();
        List<String> features = idx.length == 0 ? List.of() : kept.stream().map(names::get).toList();
        double[] mean = new double[idx.length];
        double[] sd = new double[idx.length];
        double[] coef = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            mean[k] = scaling.mean()[idx[k]];
            sd[k] = scaling.sd()[idx[k]];
            coef[k] = beta[idx[k]];
        }
        return new Signature(name, features, new ZScore(mean, sd), coef, cv.lambdaMin());
    }
}
