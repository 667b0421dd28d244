package org.netradiomics.training;

import java.util.ArrayList;
import java.util.List;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.glmnet.CrossValidatedGlmnet;
import org.netradiomics.stats.glmnet.CvMeasure;
import org.netradiomics.stats.glmnet.GlmnetOptions;
import org.netradiomics.stats.regression.LogisticRegression;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.stats.roc.YoudenCutpoint;
import org.netradiomics.stats.selection.Mrmr;
import org.netradiomics.volume.InvalidInputException;

/**
 * The TALENT study's model development (authors' R notebook, see {@code docs/studies.md}) on a site's cohort:
 * <ol>
 *   <li>stratified train/test split on the outcome (70/30);</li>
 *   <li>features z-scored with the training mean and SD ({@code scale()});</li>
 *   <li>{@code cv.glmnet} binomial LASSO, k folds (3) stratified, AUC measure, features non-zero at
 *       {@code lambda.1se} (or {@code lambda.min});</li>
 *   <li>classic mRMR down to 6 of those features;</li>
 *   <li>unpenalised logistic regression on them: the radiomics model, whose probability is the RADscore;</li>
 *   <li>combined model: logistic regression of the outcome on RADscore, Ki-67 (%) and primary site = pancreas;</li>
 *   <li>Youden cut-offs on the training part; AUC with DeLong intervals on training and test parts.</li>
 * </ol>
 */
public final class TalentPipeline {
    private TalentPipeline() {}

    /** Column names and tuning of the pipeline. */
    public record Settings(String outcome, String featurePrefix, String ki67, String pancreas, double trainFraction,
            int folds, int signatureSize, boolean oneStandardError, long seed) {
        /** TALENT's choices with the column names of the bundled synthetic cohort. */
        public static Settings defaults() {
            return new Settings("outcome", "original_", "ki67", "primary_pancreas", 0.7, 3, 6, true, 6);
        }
    }

    /** What the pipeline fitted, and how it performed. */
    public record Result(List<String> lassoFeatures, double lambda, List<String> signature, ZScore signatureScaling,
            double[] radiomicsCoefficients, double radiomicsCutoff, double[] combinedCoefficients,
            double combinedCutoff, DiscriminationReport radiomicsTrain, DiscriminationReport radiomicsTest,
            DiscriminationReport combinedTrain, DiscriminationReport combinedTest) {

        /** RADscore (probability of the radiomics model) of raw, unscaled signature feature values. */
        public double radscore(double[] signatureValues) {
            double[] z = signatureScaling.apply(signatureValues);
            double eta = radiomicsCoefficients[0];
            for (int k = 0; k < z.length; k++) {
                eta += radiomicsCoefficients[k + 1] * z[k];
            }
            return 1 / (1 + Math.exp(-eta));
        }
    }

    /** Runs the pipeline on {@code cohort} (one row per patient, features already aggregated over lesions). */
    public static Result train(CohortTable cohort, Settings s) {
        boolean[] y = cohort.binary(s.outcome());
        InputChecks.requireBothClasses(y, 5);
        List<String> names = cohort.columnsStartingWith(s.featurePrefix());
        if (names.size() < s.signatureSize()) {
            throw new InvalidInputException("the cohort has " + names.size() + " columns starting with '"
                    + s.featurePrefix() + "' but the signature needs " + s.signatureSize());
        }
        double[] ki67 = cohort.numeric(s.ki67());
        for (int i = 0; i < ki67.length; i++) {
            if (ki67[i] < 0 || ki67[i] > 100) {
                throw new InvalidInputException("Ki-67 (column '" + s.ki67() + "') of row " + (i + 2) + " is "
                        + ki67[i] + "; it must be a percentage 0-100");
            }
        }
        boolean[] pancreas = cohort.binary(s.pancreas());
        double[][] x = cohort.matrix(names);
        StratifiedSplit.Split split = StratifiedSplit.trainTest(StratifiedSplit.classes(y), s.trainFraction(), s.seed());
        double[][] xTrainRaw = Rows.of(x, split.train());
        boolean[] yTrain = Rows.of(y, split.train());
        ZScore scaling = ZScore.fit(xTrainRaw, names);
        double[][] zTrain = scaling.apply(xTrainRaw);

        int[] foldid = StratifiedSplit.folds(StratifiedSplit.classes(yTrain), s.folds(), s.seed());
        CrossValidatedGlmnet cv = CrossValidatedGlmnet.binomial(zTrain, yTrain, foldid, GlmnetOptions.lasso(),
                CvMeasure.AUC);
        double lambda = s.oneStandardError() ? cv.lambda1se() : cv.lambdaMin();
        double[] beta = cv.fullPath().coefficientsAt(lambda).beta();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < beta.length; j++) {
            if (beta[j] != 0) {
                kept.add(j);
            }
        }
        if (kept.isEmpty()) {
            throw new InvalidInputException("the LASSO kept no feature at lambda " + lambda + " (no radiomics signal "
                    + "in this training set at that penalty); try lambda.min or a larger cohort");
        }
        int[] keptIdx = kept.stream().mapToInt(Integer::intValue).toArray();
        double[][] zKept = Rows.columns(zTrain, keptIdx);
        int size = Math.min(s.signatureSize(), keptIdx.length);
        double[] y01 = new double[yTrain.length];
        for (int i = 0; i < y01.length; i++) {
            y01[i] = yTrain[i] ? 1 : 0;
        }
        int[] chosen = size == keptIdx.length ? indices(size)
                : Mrmr.select(zKept, y01, Mrmr.Options.classic(size)).features();
        int[] signatureIdx = new int[size];
        List<String> signature = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            signatureIdx[k] = keptIdx[chosen[k]];
            signature.add(names.get(signatureIdx[k]));
        }
        ZScore sigScaling = new ZScore(pick(scaling.mean(), signatureIdx), pick(scaling.sd(), signatureIdx));
        LogisticRegression radiomics = LogisticRegression.fit(Rows.columns(zTrain, signatureIdx), yTrain);

        double[] radscore = new double[y.length];
        double[][] clinical = new double[y.length][];
        Result partial = new Result(names(keptIdx, names), lambda, signature, sigScaling, radiomics.coefficients(),
                Double.NaN, null, Double.NaN, null, null, null, null);
        for (int i = 0; i < y.length; i++) {
            radscore[i] = partial.radscore(pick(x[i], signatureIdx));
            clinical[i] = new double[] {radscore[i], ki67[i], pancreas[i] ? 1 : 0};
        }
        LogisticRegression combined = LogisticRegression.fit(Rows.of(clinical, split.train()), yTrain);
        double[] combinedScore = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            combinedScore[i] = combined.probability(clinical[i]);
        }
        boolean[] yTest = Rows.of(y, split.test());
        return new Result(partial.lassoFeatures(), lambda, signature, sigScaling, radiomics.coefficients(),
                YoudenCutpoint.of(yTrain, Rows.of(radscore, split.train())).cutoff(), combined.coefficients(),
                YoudenCutpoint.of(yTrain, Rows.of(combinedScore, split.train())).cutoff(),
                DiscriminationReport.of(yTrain, Rows.of(radscore, split.train())),
                DiscriminationReport.of(yTest, Rows.of(radscore, split.test())),
                DiscriminationReport.of(yTrain, Rows.of(combinedScore, split.train())),
                DiscriminationReport.of(yTest, Rows.of(combinedScore, split.test())));
    }

    private static int[] indices(int n) {
        return java.util.stream.IntStream.range(0, n).toArray();
    }

    private static double[] pick(double[] v, int[] idx) {
        double[] out = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            out[k] = v[idx[k]];
        }
        return out;
    }

    private static List<String> names(int[] idx, List<String> names) {
        List<String> out = new ArrayList<>();
        for (int j : idx) {
            out.add(names.get(j));
        }
        return out;
    }
}
