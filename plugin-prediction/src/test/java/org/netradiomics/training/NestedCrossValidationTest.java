package org.netradiomics.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.regression.LogisticRegression;

/**
 * Repeated k-fold cross-validation of a whole development procedure ({@link NestedCrossValidation}): folds partition
 * the patients, a fold's model never sees that fold, the report's metrics equal hand counts, no optimism on a cohort
 * without signal (while the same procedure run leakily is clearly optimistic), a known signal is recovered, and the
 * surufatinib procedure's inner steps never touch the outer test patients.
 */
class NestedCrossValidationTest {

    /** A model with the training rows it was developed on, and what it selected. */
    private record Fitted(int id, Set<Integer> train, int[] selected, ZScore scaling, LogisticRegression lr) {}

    @Test
    void outerFoldsPartitionThePatientsAndModelsNeverSeeTheirTestFold() {
        int n = 53;
        boolean[] y = new boolean[n];
        double[] q = new double[n];
        SplittableRandom r = new SplittableRandom(21);
        for (int i = 0; i < n; i++) {
            y[i] = i % 8 < 3; // 21 positives, 32 negatives
            q[i] = r.nextDouble();
        }
        int folds = 5;
        int repeats = 4;
        List<Set<Integer>> trains = new ArrayList<>();
        List<Set<Integer>> tests = new ArrayList<>();
        // the "model" ignores its training rows and predicts a fixed score per patient, so every repeat's pooled
        // out-of-fold scores are q and the report can be checked by hand
        NestedCrossValidation.Report report = NestedCrossValidation.run(y, folds, repeats, 7, train -> {
            Set<Integer> t = new HashSet<>();
            for (int i : train) {
                assertTrue(t.add(i), "training row " + i + " given twice");
            }
            trains.add(t);
            tests.add(new HashSet<>());
            return trains.size() - 1;
        }, (model, i) -> {
            assertFalse(trains.get(model).contains(i), "patient " + i + " predicted by a model trained on it");
            assertTrue(tests.get(model).add(i), "patient " + i + " predicted twice by model " + model);
            return q[i];
        });
        assertEquals(folds * repeats, trains.size(), "one development per outer fold and repeat");
        int positives = 21;
        List<List<Set<Integer>>> partitions = new ArrayList<>();
        for (int rep = 0; rep < repeats; rep++) {
            int[] seen = new int[n];
            List<Set<Integer>> partition = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                int m = rep * folds + f;
                Set<Integer> test = tests.get(m);
                partition.add(test);
                for (int i : test) {
                    seen[i]++;
                }
                // the model was developed on exactly the other patients
                Set<Integer> complement = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    if (!test.contains(i)) {
                        complement.add(i);
                    }
                }
                assertEquals(complement, trains.get(m), "repeat " + rep + ", fold " + f);
                // stratified: each fold holds 21/5 or 32/5 of each class, rounded either way
                long pos = test.stream().filter(i -> y[i]).count();
                assertTrue(pos == 4 || pos == 5, "positives in a fold: " + pos);
                long neg = test.size() - pos;
                assertTrue(neg == 6 || neg == 7, "negatives in a fold: " + neg);
            }
            int[] ones = new int[n];
            Arrays.fill(ones, 1);
            assertArrayEquals(ones, seen, "every patient in exactly one test fold of repeat " + rep);
            partitions.add(partition);
        }
        assertTrue(new HashSet<>(partitions.get(0)).size() == folds
                && !new HashSet<>(partitions.get(0)).equals(new HashSet<>(partitions.get(1))),
                "repeats use different fold assignments");

        // hand counts on the fixed scores
        double auc = PairAuc.of(y, q, IntStream.range(0, n).toArray());
        int tp = 0;
        int tn = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            tp += y[i] && q[i] >= 0.5 ? 1 : 0;
            tn += !y[i] && q[i] < 0.5 ? 1 : 0;
            brier += Math.pow(q[i] - (y[i] ? 1 : 0), 2) / n;
        }
        assertEquals(auc, report.auc(), 1e-12);
        assertEquals(auc, report.aucInterval95()[0], 1e-12, "all repeats equal: the interval is a point");
        assertEquals(auc, report.aucInterval95()[1], 1e-12);
        assertEquals((double) (tp + tn) / n, report.accuracy(), 1e-12);
        assertEquals((double) tp / positives, report.sensitivity(), 1e-12);
        assertEquals((double) tn / (n - positives), report.specificity(), 1e-12);
        assertEquals(brier, report.brier(), 1e-12);
        assertEquals(repeats, report.repeats());
        assertEquals(folds, report.folds());
    }

    /**
     * Five cohorts of 200 patients with 200 pure-noise features and an outcome independent of them (100 positives).
     * The procedure (z-score, keep the 10 features most correlated with the outcome, logistic regression) redone
     * inside each outer training fold gives a mean AUC near 0.5. Reason for the bound: a fold's model is fitted
     * without that fold, whose features are independent of its labels, so its out-of-fold scores of positives and
     * negatives are exchangeable and a repeat's AUC is a Mann-Whitney statistic with null mean 0.5 and SD
     * √((n₁ + n₀ + 1) / (12 n₁ n₀)) = √(201 / 120000) = 0.041; pooling the folds' differently fitted models widens
     * that to about 0.05 and biases it down by about 0.01 (40 such cohorts: mean 0.494, SD 0.051). The mean over
     * repeats of one cohort varies no more than one repeat, so the mean over 5 independent cohorts has SD ≈ 0.023 and
     * |AUC − 0.5| < 0.1 is a bound of more than 4 SD (each cohort alone: |AUC − 0.5| < 0.2); the seeds are fixed.
     * The same procedure with selection and scaling done once on all patients (leakage) is clearly optimistic on the
     * same cohorts, so the bound has the power to detect such a leak.
     */
    @Test
    void noSignalGivesChanceAucUnlessSelectionLeaks() {
        int n = 200;
        int p = 200;
        int cohorts = 5;
        int folds = 5;
        int repeats = 4;
        double honestMean = 0;
        double leakyMean = 0;
        for (int c = 0; c < cohorts; c++) {
            SplittableRandom r = new SplittableRandom(42 + c);
            double[][] x = new double[n][p];
            for (double[] row : x) {
                for (int j = 0; j < p; j++) {
                    row[j] = 50 + 10 * SyntheticCohorts.gaussian(r);
                }
            }
            boolean[] y = new boolean[n];
            int[] order = shuffled(n, r);
            for (int k = 0; k < n / 2; k++) {
                y[order[k]] = true;
            }
            NestedCrossValidation.Report honest = NestedCrossValidation.run(y, folds, repeats, 3 + c,
                    train -> develop(x, y, train, 10), (m, i) -> m.lr().probability(select(m.scaling().apply(x[i]),
                            m.selected())));
            // leaky: selection and scaling fitted once on every patient, only the regression redone per fold
            Fitted all = develop(x, y, IntStream.range(0, n).toArray(), 10);
            double[][] zAll = all.scaling().apply(x);
            NestedCrossValidation.Report leaky = NestedCrossValidation.run(y, folds, repeats, 3 + c,
                    train -> LogisticRegression.fit(rows(zAll, train, all.selected()), rowsOf(y, train)),
                    (lr, i) -> lr.probability(select(zAll[i], all.selected())));
            System.out.printf("nested CV, no signal, cohort %d: honest AUC %.3f [%.3f, %.3f], leaky AUC %.3f%n", c,
                    honest.auc(), honest.aucInterval95()[0], honest.aucInterval95()[1], leaky.auc());
            assertTrue(Math.abs(honest.auc() - 0.5) < 0.2, "cohort " + c + ": honest nested CV AUC " + honest.auc());
            assertTrue(leaky.auc() > 0.6, "cohort " + c + ": selection on all patients leaks, AUC " + leaky.auc());
            honestMean += honest.auc() / cohorts;
            leakyMean += leaky.auc() / cohorts;
        }
        assertTrue(Math.abs(honestMean - 0.5) < 0.1, "honest nested CV mean AUC " + honestMean);
        assertTrue(leakyMean > 0.65, "leaky mean AUC " + leakyMean);
        assertTrue(leakyMean - honestMean > 0.15, "leak " + leakyMean + " vs honest " + honestMean);
    }

    /**
     * Outcome logit = −0.2 + 1.5 f1 − 1.0 f2 over 40 independent standard-normal features (200 patients): the honest
     * nested CV of the same procedure (keeping 5 features) approaches the AUC of the generating linear predictor on
     * the same patients (an upper reference no fitted model can beat beyond noise), and every outer model selects f1
     * and f2.
     */
    @Test
    void knownSignalIsRecovered() {
        int n = 200;
        int p = 40;
        SplittableRandom r = new SplittableRandom(5);
        double[][] x = new double[n][p];
        boolean[] y = new boolean[n];
        double[] truth = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = SyntheticCohorts.gaussian(r);
            }
            truth[i] = -0.2 + 1.5 * x[i][0] - 1.0 * x[i][1];
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-truth[i]));
        }
        List<Fitted> models = new ArrayList<>();
        NestedCrossValidation.Report cv = NestedCrossValidation.run(y, 5, 4, 11, train -> {
            Fitted m = develop(x, y, train, 5);
            models.add(m);
            return m;
        }, (m, i) -> m.lr().probability(select(m.scaling().apply(x[i]), m.selected())));
        double oracle = PairAuc.of(y, truth, IntStream.range(0, n).toArray());
        System.out.printf("nested CV, known signal: AUC %.3f (generating model on the same patients %.3f)%n",
                cv.auc(), oracle);
        assertTrue(oracle > 0.8, "generating model AUC " + oracle);
        assertTrue(cv.auc() > oracle - 0.08 && cv.auc() < oracle + 0.02, "nested CV AUC " + cv.auc());
        assertTrue(cv.auc() > 0.75, "nested CV AUC " + cv.auc());
        for (Fitted m : models) {
            Set<Integer> sel = new HashSet<>();
            for (int j : m.selected()) {
                sel.add(j);
            }
            assertTrue(sel.contains(0) && sel.contains(1), "model " + m.id() + " selected " + sel);
        }
        assertTrue(cv.brier() < 0.2, "Brier " + cv.brier());
    }

    /**
     * The surufatinib procedure as the pipeline runs it: every outer model is developed from a copy of the cohort in
     * which the outer test patients' features are NaN, their outcomes flipped and their centre unknown. If ComBat,
     * scaling, the inner cross-validation folds of the LASSO, the stability-selection resamples or the ensemble's
     * inner folds touched any of those patients, the development would fail on NaN or change; the nested CV must
     * equal the one on the intact cohort. Smile's SVM draws from Smile's per-thread generator, which the pipeline does
     * not seed, so both runs start from the same generator state.
     */
    @Test
    void surufatinibInnerStepsNeverTouchTheOuterTestPatients() {
        CohortTable cohort = SyntheticCohorts.binary(60, 10, 13);
        SurufatinibPipeline.Settings s = new SurufatinibPipeline.Settings("outcome", "original_", "centre", 5, 5, 3, 1,
                1, 2);
        List<String> names = cohort.columnsStartingWith("original_");
        double[][] x = cohort.matrix(names);
        boolean[] y = cohort.binary("outcome");
        String[] centre = cohort.text("centre");
        smile.math.MathEx.setSeed(19);
        NestedCrossValidation.Report clean = NestedCrossValidation.run(y, s.folds(), s.repeats(), s.seed(),
                train -> SurufatinibPipeline.develop(names, x, y, centre, train, s),
                (m, i) -> m.probability(x[i], centre[i]));
        smile.math.MathEx.setSeed(19);
        NestedCrossValidation.Report poisoned = NestedCrossValidation.run(y, s.folds(), s.repeats(), s.seed(),
                train -> {
                    boolean[] inTrain = new boolean[y.length];
                    for (int i : train) {
                        inTrain[i] = true;
                    }
                    double[][] xp = new double[x.length][];
                    boolean[] yp = new boolean[y.length];
                    String[] cp = new String[y.length];
                    for (int i = 0; i < y.length; i++) {
                        xp[i] = inTrain[i] ? x[i].clone() : filled(x[i].length, Double.NaN);
                        yp[i] = inTrain[i] == y[i];
                        cp[i] = inTrain[i] ? centre[i] : "unknown";
                    }
                    return SurufatinibPipeline.develop(names, xp, yp, cp, train, s);
                }, (m, i) -> m.probability(x[i], centre[i]));
        System.out.printf("surufatinib nested CV (1 x 3-fold): AUC %.3f; with outer test patients poisoned %.3f%n",
                clean.auc(), poisoned.auc());
        assertTrue(Double.isFinite(poisoned.brier()) && poisoned.auc() > 0.5, "poisoned " + poisoned);
        assertEquals(clean.auc(), poisoned.auc(), 0);
        assertEquals(clean.brier(), poisoned.brier(), 0);
        assertEquals(clean.accuracy(), poisoned.accuracy(), 0);
    }

    /** z-score on the training rows, the {@code keep} features with the largest |correlation|, logistic regression. */
    private static Fitted develop(double[][] x, boolean[] y, int[] train, int keep) {
        int p = x[0].length;
        double[][] xt = rows(x, train, IntStream.range(0, p).toArray());
        boolean[] yt = rowsOf(y, train);
        ZScore scaling = ZScore.fit(xt, IntStream.range(0, p).mapToObj(j -> "f" + j).toList());
        double[][] z = scaling.apply(xt);
        double ybar = 0;
        for (boolean b : yt) {
            ybar += (b ? 1.0 : 0.0) / yt.length;
        }
        double[] score = new double[p];
        for (int j = 0; j < p; j++) {
            double s = 0;
            for (int i = 0; i < yt.length; i++) {
                s += z[i][j] * ((yt[i] ? 1 : 0) - ybar);
            }
            score[j] = Math.abs(s);
        }
        int[] selected = IntStream.range(0, p).boxed().sorted(Comparator.comparingDouble(j -> -score[j]))
                .limit(keep).mapToInt(Integer::intValue).toArray();
        Set<Integer> t = new HashSet<>();
        for (int i : train) {
            t.add(i);
        }
        return new Fitted(train.length * 7919 + train[0], t, selected, scaling,
                LogisticRegression.fit(rows(z, IntStream.range(0, yt.length).toArray(), selected), yt));
    }

    private static double[][] rows(double[][] x, int[] rows, int[] cols) {
        double[][] out = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            out[k] = select(x[rows[k]], cols);
        }
        return out;
    }

    private static boolean[] rowsOf(boolean[] y, int[] rows) {
        boolean[] out = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = y[rows[k]];
        }
        return out;
    }

    private static double[] select(double[] v, int[] cols) {
        double[] out = new double[cols.length];
        for (int k = 0; k < cols.length; k++) {
            out[k] = v[cols[k]];
        }
        return out;
    }

    private static double[] filled(int length, double value) {
        double[] out = new double[length];
        Arrays.fill(out, value);
        return out;
    }

    private static int[] shuffled(int n, SplittableRandom r) {
        int[] a = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

}
