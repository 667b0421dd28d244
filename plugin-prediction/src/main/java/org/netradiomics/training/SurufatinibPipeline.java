package org.netradiomics.training;

import java.util.ArrayList;
import java.util.List;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.glmnet.CrossValidatedGlmnet;
import org.netradiomics.stats.glmnet.CvMeasure;
import org.netradiomics.stats.glmnet.GlmnetOptions;
import org.netradiomics.stats.harmonisation.ComBat;
import org.netradiomics.stats.harmonisation.ComBatModel;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.stats.selection.StabilitySelection;
import org.netradiomics.training.stacking.StackingEnsemble;
import org.netradiomics.volume.InvalidInputException;

/**
 * The surufatinib study's model development (see {@code docs/studies.md}) on a site's cohort (one row per patient,
 * lesion features already averaged): ComBat by centre, z-score, bootstrap-LASSO stability selection of the top 5
 * features (LASSO at the cross-validated {@code lambda.min}), stacking ensemble (SVM, random forest, gradient
 * boosting → MLP). Performance by repeated 5-fold nested cross-validation redoing every step in each training fold
 * (the paper: 100 repeats).
 */
public final class SurufatinibPipeline {
    private SurufatinibPipeline() {}

    /** Columns and tuning; {@code centre} may be null (no harmonisation). */
    public record Settings(String outcome, String featurePrefix, String centre, int bootstrap, int top, int folds,
            int repeats, int searchIterations, long seed) {
        /** The paper's design with the bundled synthetic cohort's column names. */
        public static Settings defaults() {
            return new Settings("outcome", "original_", "centre", 100, 5, 5, 100, 10, 1);
        }

        /** Same settings with other repeat and search counts (for quick runs). */
        public Settings withEffort(int bootstrapResamples, int repeatCount, int draws) {
            return new Settings(outcome, featurePrefix, centre, bootstrapResamples, top, folds, repeatCount, draws, seed);
        }
    }

    /** A developed model: harmonisation, scaling, the selected features and the ensemble. */
    public record Model(List<String> features, ComBatModel combat, ZScore scaling, double[] frequencies,
            List<String> selected, int[] selectedIndex, StackingEnsemble ensemble) implements java.io.Serializable {
        /** Probability of response for a patient's raw features (in {@link #features()} order) and centre. */
        public double probability(double[] raw, String centre) {
            double[] h = combat == null ? raw : combat.harmonise(raw, centre, null);
            double[] z = scaling.apply(h);
            double[] sel = new double[selectedIndex.length];
            for (int k = 0; k < sel.length; k++) {
                sel[k] = z[selectedIndex[k]];
            }
            return ensemble.probability(sel);
        }
    }

    /** The model developed on all patients and its nested cross-validated performance. */
    public record Result(Model model, NestedCrossValidation.Report nestedCv) {}

    /** Develops the model on the whole cohort and evaluates the procedure by nested cross-validation. */
    public static Result train(CohortTable cohort, Settings s) {
        boolean[] y = cohort.binary(s.outcome());
        InputChecks.requireBothClasses(y, 2 * s.folds());
        List<String> names = cohort.columnsStartingWith(s.featurePrefix());
        if (names.size() < s.top()) {
            throw new InvalidInputException("the cohort has " + names.size() + " feature columns, fewer than the "
                    + s.top() + " to select");
        }
        double[][] x = cohort.matrix(names);
        String[] centre = s.centre() == null ? null : cohort.text(s.centre());
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        Model model = develop(names, x, y, centre, all, s);
        NestedCrossValidation.Report report = NestedCrossValidation.run(y, s.folds(), s.repeats(), s.seed(),
                train -> develop(names, x, y, centre, train, s),
                (m, i) -> m.probability(x[i], centre == null ? null : centre[i]));
        return new Result(model, report);
    }

    static Model develop(List<String> names, double[][] x, boolean[] y, String[] centre, int[] rows, Settings s) {
        double[][] xt = Rows.of(x, rows);
        boolean[] yt = Rows.of(y, rows);
        ComBatModel combat = null;
        if (centre != null) {
            String[] ct = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                ct[i] = centre[rows[i]];
            }
            combat = ComBat.fit(xt, ct, null, false, null);
            xt = combat.harmonise(xt, ct, null);
        }
        ZScore scaling = ZScore.fit(xt, names);
        double[][] z = scaling.apply(xt);
        int[] foldid = StratifiedSplit.folds(StratifiedSplit.classes(yt), s.folds(), s.seed());
        CrossValidatedGlmnet cv = CrossValidatedGlmnet.binomial(z, yt, foldid, GlmnetOptions.lasso(), CvMeasure.DEVIANCE);
        double[] freq = StabilitySelection.frequencies(z, yt, cv.lambdaMin(), s.bootstrap(), s.seed());
        int[] top = StabilitySelection.top(freq, s.top());
        List<String> selected = new ArrayList<>();
        for (int j : top) {
            selected.add(names.get(j));
        }
        StackingEnsemble ensemble = StackingEnsemble.fit(Rows.columns(z, top), yt,
                StackingEnsemble.Settings.surufatinib(s.searchIterations(), s.seed()));
        return new Model(names, combat, scaling, freq, selected, top, ensemble);
    }
}
