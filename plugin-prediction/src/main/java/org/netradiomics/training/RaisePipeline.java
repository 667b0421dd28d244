package org.netradiomics.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.netradiomics.stats.decomposition.Pca;
import org.netradiomics.stats.neural.CoxPartialLikelihoodLoss;
import org.netradiomics.stats.neural.Mlp;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.stats.survival.Concordance;
import org.netradiomics.stats.survival.CoxModel;
import org.netradiomics.stats.survival.CoxOptions;
import org.netradiomics.stats.survival.SurvivalData;
import org.netradiomics.volume.InvalidInputException;

/**
 * The RAISE study's model development (see {@code docs/studies.md}) on a site's lesion-level table of deep features
 * (from the user's ONNX extractor): PCA to 20 components fitted on the training lesions, average pooling of the
 * component scores over each patient's lesions, an MLP with three dense layers (two tanh hidden layers and a linear
 * output) trained on PFS with the Cox partial-likelihood loss (DeepSurv; the paper says only "to predict PFS") giving
 * the deep-learning score, then a Cox model of the score with the SLD ratio and the change in log CgA. Evaluated as
 * the paper by Monte-Carlo cross-validation (random 70/30 patient splits): test C-index of the combined model and of
 * the clinical model (SLD ratio + ΔlogCgA) alone.
 */
public final class RaisePipeline {
    private RaisePipeline() {}

    /** Columns and tuning. */
    public record Settings(String patient, String deepPrefix, String time, String event, String sldRatio,
            String deltaLogCga, int components, Mlp.Settings mlp, int splits, double trainFraction, long seed) {
        /** The paper's design (20 components, 100 splits) with the bundled synthetic cohort's column names. */
        public static Settings defaults() {
            return new Settings("patient", "deep_", "time", "event", "sld_ratio", "delta_log_cga", 20,
                    new Mlp.Settings(new int[] {16, 8}, 300, 0.01, 1e-2, 1), 100, 0.7, 1);
        }

        /** Same settings with another number of components and Monte-Carlo splits. */
        public Settings with(int componentCount, int splitCount) {
            return new Settings(patient, deepPrefix, time, event, sldRatio, deltaLogCga, componentCount, mlp,
                    splitCount, trainFraction, seed);
        }
    }

    /**
     * A developed model: PCA, score standardisation, MLP, and the Cox model (score, SLD ratio, ΔlogCgA) with its
     * baseline cumulative hazard at covariates 0 (event times, hazard; null while the Cox model is not fitted).
     */
    public record Model(List<String> features, Pca pca, ZScore componentScaling, Mlp mlp, double[] coxCoefficients,
            double[] hazardRatios, double[][] baseline) {
        /** Deep-learning score of a patient's lesions (rows of raw deep features). */
        public double score(double[][] lesions) {
            double[] pooled = new double[pca.sdev().length];
            for (double[] l : lesions) {
                double[] s = pca.transform(l);
                for (int m = 0; m < pooled.length; m++) {
                    pooled[m] += s[m] / lesions.length;
                }
            }
            return mlp.output(componentScaling.apply(pooled));
        }

        /** Cox linear predictor of the combined model. */
        public double risk(double score, double sldRatio, double deltaLogCga) {
            return coxCoefficients[0] * score + coxCoefficients[1] * sldRatio + coxCoefficients[2] * deltaLogCga;
        }
    }

    /** Monte-Carlo cross-validated test C-indices (mean and 2.5–97.5 percentiles). */
    public record Evaluation(double combinedC, double[] combinedInterval, double clinicalC, double[] clinicalInterval,
            int splits) {}

    /** The model developed on all patients and its Monte-Carlo evaluation. */
    public record Result(Model model, Evaluation evaluation) {}

    /** Runs the pipeline on a lesion-level cohort. */
    public static Result train(CohortTable lesions, Settings s) {
        PatientGroups groups = PatientGroups.of(lesions, s.patient(),
                List.of(s.time(), s.event(), s.sldRatio(), s.deltaLogCga()));
        List<String> names = lesions.columnsStartingWith(s.deepPrefix());
        if (names.isEmpty()) {
            throw new InvalidInputException("no deep-feature column starts with '" + s.deepPrefix() + "'");
        }
        double[][] x = lesions.matrix(names);
        int[] first = groups.firstRows();
        SurvivalData y = SurvivalData.of(Rows.of(lesions.numeric(s.time()), first),
                Rows.of(lesions.binary(s.event()), first));
        double[] sldr = Rows.of(lesions.numeric(s.sldRatio()), first);
        double[] dcga = Rows.of(lesions.numeric(s.deltaLogCga()), first);
        int[] all = java.util.stream.IntStream.range(0, groups.size()).toArray();
        Model model = develop(names, x, groups, y, sldr, dcga, all, s);
        boolean[] event = new boolean[groups.size()];
        for (int i = 0; i < event.length; i++) {
            event[i] = y.event(i);
        }
        double[] combined = new double[s.splits()];
        double[] clinical = new double[s.splits()];
        for (int r = 0; r < s.splits(); r++) {
            StratifiedSplit.Split split = StratifiedSplit.trainTest(StratifiedSplit.classes(event), s.trainFraction(),
                    s.seed() + r);
            Model m = develop(names, x, groups, y, sldr, dcga, split.train(), s);
            double[][] clin = new double[groups.size()][];
            for (int i = 0; i < clin.length; i++) {
                clin[i] = new double[] {sldr[i], dcga[i]};
            }
            CoxModel clinModel = CoxModel.fit(Rows.of(clin, split.train()), y.subset(split.train()),
                    CoxOptions.defaults());
            double[] riskCombined = new double[split.test().length];
            double[] riskClinical = new double[split.test().length];
            for (int k = 0; k < split.test().length; k++) {
                int i = split.test()[k];
                riskCombined[k] = m.risk(m.score(Rows.of(x, groups.lesionRows().get(i))), sldr[i], dcga[i]);
                riskClinical[k] = clinModel.linearPredictor(clin[i]);
            }
            SurvivalData yTest = y.subset(split.test());
            combined[r] = Concordance.of(yTest, riskCombined).index();
            clinical[r] = Concordance.of(yTest, riskClinical).index();
        }
        return new Result(model, new Evaluation(mean(combined), interval(combined), mean(clinical),
                interval(clinical), s.splits()));
    }

    static Model develop(List<String> names, double[][] x, PatientGroups groups, SurvivalData y, double[] sldr,
            double[] dcga, int[] patients, Settings s) {
        List<double[]> trainLesions = new ArrayList<>();
        for (int i : patients) {
            for (int row : groups.lesionRows().get(i)) {
                trainLesions.add(x[row]);
            }
        }
        Pca pca = Pca.fit(trainLesions.toArray(double[][]::new), s.components());
        double[][] pooled = new double[patients.length][s.components()];
        for (int k = 0; k < patients.length; k++) {
            int[] rows = groups.lesionRows().get(patients[k]);
            for (int row : rows) {
                double[] sc = pca.transform(x[row]);
                for (int m = 0; m < sc.length; m++) {
                    pooled[k][m] += sc[m] / rows.length;
                }
            }
        }
        List<String> componentNames = new ArrayList<>();
        for (int m = 1; m <= s.components(); m++) {
            componentNames.add("PC" + m);
        }
        ZScore scaling = ZScore.fit(pooled, componentNames);
        SurvivalData yTrain = y.subset(patients);
        Mlp mlp = Mlp.train(scaling.apply(pooled), new CoxPartialLikelihoodLoss(yTrain), s.mlp());
        double[][] cox = new double[patients.length][];
        Model partial = new Model(names, pca, scaling, mlp, null, null, null);
        for (int k = 0; k < patients.length; k++) {
            int i = patients[k];
            cox[k] = new double[] {partial.score(Rows.of(x, groups.lesionRows().get(i))), sldr[i], dcga[i]};
        }
        CoxModel coxModel = CoxModel.fit(cox, yTrain, CoxOptions.defaults());
        return new Model(names, pca, scaling, mlp, coxModel.coefficients(), coxModel.hazardRatios(),
                coxModel.uncentredBaselineSteps());
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double[] interval(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return new double[] {NestedCrossValidation.quantile(s, 0.025), NestedCrossValidation.quantile(s, 0.975)};
    }
}
