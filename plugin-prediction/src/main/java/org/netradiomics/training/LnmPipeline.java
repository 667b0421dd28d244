package org.netradiomics.training;

import java.util.ArrayList;
import java.util.List;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.boosting.GlmBoost;
import org.netradiomics.stats.boosting.GlmBoostCrossValidation;
import org.netradiomics.stats.glmnet.CrossValidatedGlmnet;
import org.netradiomics.stats.glmnet.CvMeasure;
import org.netradiomics.stats.glmnet.GlmnetOptions;
import org.netradiomics.stats.regression.LogisticRegression;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.volume.InvalidInputException;

/**
 * The LNM (non-functional PanNET) study's model development (see {@code docs/studies.md}) on a site's cohort. For
 * the radiomics and the deep-feature signature each: ICC(3,1) &gt; 0.8 on re-segmented cases (when a
 * re-segmentation table is given), univariable test with Benjamini-Hochberg (adjusted p &lt; 0.05), z-score,
 * binomial LASSO (k-fold CV, {@code lambda.min}), then glmBoost on the LASSO features with a cross-validated stop:
 * the signature is glmBoost's linear predictor. RDPs = logistic regression of the outcome on both signatures
 * (probability); nomogram = logistic regression on RDPs and the clinical factors (odds ratios as the paper's
 * table). AUCs with DeLong intervals on training and test parts.
 */
public final class LnmPipeline {
    private LnmPipeline() {}

    /** Columns and tuning. {@code resegmentation} may be null (no ICC filter). */
    public record Settings(String id, String outcome, String radiomicsPrefix, String deepPrefix, List<String> clinical,
            CohortTable resegmentation, double iccThreshold, UnivariateFilter.Test test, double fdr, int folds,
            int maxBoostingIterations, double trainFraction, long seed) {
        /** The paper's choices with the bundled synthetic LNM cohort's column names. */
        public static Settings defaults(CohortTable resegmentation) {
            return new Settings("patient", "outcome", "original_", "deep_",
                    List.of("vascular_invasion", "perineural_invasion", "grade_g2g3"), resegmentation, 0.8,
                    UnivariateFilter.Test.MANN_WHITNEY, 0.05, 10, 500, 0.7, 1);
        }
    }

    /** A signature: features, their training scaling, and glmBoost's logit coefficients (intercept first). */
    public record Signature(String name, List<String> reproducible, List<String> significant, List<String> features,
            ZScore scaling, double[] coefficients, int mstop) {
        /** Linear predictor of raw feature values in {@link #features()} order. */
        public double value(double[] raw) {
            double[] z = scaling.apply(raw);
            double s = coefficients[0];
            for (int k = 0; k < z.length; k++) {
                s += coefficients[k + 1] * z[k];
            }
            return s;
        }
    }

    /** Everything fitted, with discrimination reports. */
    public record Result(Signature radiomics, Signature deep, double[] rdpsCoefficients, List<String> nomogramTerms,
            double[] nomogramCoefficients, double[] nomogramOddsRatios, DiscriminationReport rdpsTrain,
            DiscriminationReport rdpsTest, DiscriminationReport nomogramTrain, DiscriminationReport nomogramTest) {}

    /** Runs the pipeline. */
    public static Result train(CohortTable cohort, Settings s) {
        boolean[] y = cohort.binary(s.outcome());
        InputChecks.requireBothClasses(y, 10);
        StratifiedSplit.Split split = StratifiedSplit.trainTest(StratifiedSplit.classes(y), s.trainFraction(), s.seed());
        boolean[] yTrain = Rows.of(y, split.train());
        Signature rad = signature("radiomics", s.radiomicsPrefix(), cohort, s, split, yTrain);
        Signature deep = signature("deep", s.deepPrefix(), cohort, s, split, yTrain);
        double[][] scores = new double[y.length][2];
        double[][] radRaw = cohort.matrix(rad.features());
        double[][] deepRaw = cohort.matrix(deep.features());
        for (int i = 0; i < y.length; i++) {
            scores[i][0] = rad.value(radRaw[i]);
            scores[i][1] = deep.value(deepRaw[i]);
        }
        LogisticRegression rdps = LogisticRegression.fit(Rows.of(scores, split.train()), yTrain);
        List<String> terms = new ArrayList<>(List.of("RDPs"));
        terms.addAll(s.clinical());
        double[][] nomo = new double[y.length][terms.size()];
        double[] rdp = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            rdp[i] = rdps.probability(scores[i]);
            nomo[i][0] = rdp[i];
        }
        for (int c = 0; c < s.clinical().size(); c++) {
            double[] v = cohort.numeric(s.clinical().get(c));
            for (int i = 0; i < y.length; i++) {
                nomo[i][c + 1] = v[i];
            }
        }
        LogisticRegression nomogram = LogisticRegression.fit(Rows.of(nomo, split.train()), yTrain);
        double[] nomoScore = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            nomoScore[i] = nomogram.probability(nomo[i]);
        }
        boolean[] yTest = Rows.of(y, split.test());
        return new Result(rad, deep, rdps.coefficients(), terms, nomogram.coefficients(), nomogram.oddsRatios(),
                DiscriminationReport.of(yTrain, Rows.of(rdp, split.train())),
                DiscriminationReport.of(yTest, Rows.of(rdp, split.test())),
                DiscriminationReport.of(yTrain, Rows.of(nomoScore, split.train())),
                DiscriminationReport.of(yTest, Rows.of(nomoScore, split.test())));
    }

    private static Signature signature(String name, String prefix, CohortTable cohort, Settings s,
            StratifiedSplit.Split split, boolean[] yTrain) {
        List<String> all = cohort.columnsStartingWith(prefix);
        if (all.isEmpty()) {
            throw new InvalidInputException(name + " signature: no column starts with '" + prefix + "'");
        }
        List<String> reproducible = s.resegmentation() == null ? all
                : ReproducibilityFilter.keep(cohort, s.resegmentation(), s.id(), all, s.iccThreshold());
        if (reproducible.isEmpty()) {
            throw new InvalidInputException(name + " signature: no feature has ICC above " + s.iccThreshold());
        }
        double[][] raw = Rows.of(cohort.matrix(reproducible), split.train());
        int[] sig = UnivariateFilter.keep(raw, yTrain, s.test(), s.fdr());
        if (sig.length == 0) {
            throw new InvalidInputException(name + " signature: no feature differs between outcome groups at "
                    + "BH-adjusted p < " + s.fdr());
        }
        List<String> significant = java.util.Arrays.stream(sig).mapToObj(reproducible::get).toList();
        double[][] sigRaw = Rows.columns(raw, sig);
        ZScore scaling = ZScore.fit(sigRaw, significant);
        double[][] z = scaling.apply(sigRaw);
        int[] foldid = StratifiedSplit.folds(StratifiedSplit.classes(yTrain), s.folds(), s.seed());
        CrossValidatedGlmnet cv = CrossValidatedGlmnet.binomial(z, yTrain, foldid, GlmnetOptions.lasso(),
                CvMeasure.DEVIANCE);
        double[] beta = cv.fullPath().coefficientsAt(cv.lambdaMin()).beta();
        int[] kept = java.util.stream.IntStream.range(0, beta.length).filter(j -> beta[j] != 0).toArray();
        if (kept.length == 0) {
            throw new InvalidInputException(name + " signature: the LASSO kept no feature at lambda.min");
        }
        double[][] zk = Rows.columns(z, kept);
        GlmBoostCrossValidation stop = GlmBoostCrossValidation.run(zk, yTrain, foldid, s.maxBoostingIterations(), 0.1);
        int mstop = Math.max(1, stop.bestMstop());
        GlmBoost boost = GlmBoost.binomial(zk, yTrain, mstop, 0.1);
        double[] coef = new double[kept.length + 1];
        coef[0] = boost.intercept(mstop);
        System.arraycopy(boost.coefficients(mstop), 0, coef, 1, kept.length);
        List<String> features = java.util.Arrays.stream(kept).mapToObj(significant::get).toList();
        double[] mean = java.util.Arrays.stream(kept).mapToDouble(j -> scaling.mean()[j]).toArray();
        double[] sd = java.util.Arrays.stream(kept).mapToDouble(j -> scaling.sd()[j]).toArray();
        return new Signature(name, reproducible, significant, features, new ZScore(mean, sd), coef, mstop);
    }
}
