package org.netradiomics.training.stacking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.netradiomics.stats.neural.BinaryCrossEntropy;
import org.netradiomics.stats.neural.Mlp;
import org.netradiomics.stats.resampling.StratifiedSplit;
import org.netradiomics.stats.roc.RocCurve;

/**
 * Stacked generalisation (Wolpert 1992) as in the surufatinib study: each base learner's hyper-parameters are chosen
 * by random search on inner k-fold cross-validated AUC; the chosen setting's out-of-fold probabilities (logits)
 * train an MLP meta-learner; the base learners are then refitted on all training data.
 */
public final class StackingEnsemble implements ProbabilityModel {
    private static final long serialVersionUID = 1L;
    private final List<ProbabilityModel> base;
    private final Mlp meta;
    private final List<Choice> choices;

    private StackingEnsemble(List<ProbabilityModel> base, Mlp meta, List<Choice> choices) {
        this.base = base;
        this.meta = meta;
        this.choices = choices;
    }

    /** Settings: learners, inner folds, random-search draws per learner, meta-learner, seed. */
    public record Settings(List<BaseLearner> learners, int innerFolds, int searchIterations, Mlp.Settings meta,
            long seed) {
        /** SVM, random forest and gradient boosting; 5 inner folds; {@code draws} random-search draws. */
        public static Settings surufatinib(int draws, long seed) {
            return new Settings(List.of(new SvmLearner(), new RandomForestLearner(), new GradientBoostingLearner()), 5,
                    draws, new Mlp.Settings(new int[] {4}, 500, 0.02, 1e-3, seed), seed);
        }
    }

    /** A base learner's chosen hyper-parameters and their inner cross-validated AUC. */
    public record Choice(String learner, BaseLearner.Hyperparameters hyperparameters, double innerAuc)
            implements java.io.Serializable {}

    /** Fits the ensemble. */
    public static StackingEnsemble fit(double[][] x, boolean[] positive, Settings s) {
        int[] folds = StratifiedSplit.folds(StratifiedSplit.classes(positive), s.innerFolds(), s.seed());
        SplittableRandom random = new SplittableRandom(s.seed());
        double[][] metaX = new double[x.length][s.learners().size()];
        List<ProbabilityModel> base = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        for (int l = 0; l < s.learners().size(); l++) {
            BaseLearner learner = s.learners().get(l);
            double bestAuc = -1;
            BaseLearner.Hyperparameters best = null;
            double[] bestOof = null;
            for (int it = 0; it < s.searchIterations(); it++) {
                BaseLearner.Hyperparameters h = learner.draw(random);
                double[] oof = outOfFold(learner, h, x, positive, folds, s.innerFolds(), s.seed());
                double auc = RocCurve.of(positive, oof).auc();
                if (auc > bestAuc) {
                    bestAuc = auc;
                    best = h;
                    bestOof = oof;
                }
            }
            for (int i = 0; i < x.length; i++) {
                metaX[i][l] = logit(bestOof[i]);
            }
            base.add(learner.fit(x, positive, best, s.seed()));
            choices.add(new Choice(learner.name(), best, bestAuc));
        }
        Mlp meta = Mlp.train(metaX, new BinaryCrossEntropy(positive), s.meta());
        return new StackingEnsemble(base, meta, choices);
    }

    private static double[] outOfFold(BaseLearner learner, BaseLearner.Hyperparameters h, double[][] x,
            boolean[] positive, int[] folds, int k, long seed) {
        double[] oof = new double[x.length];
        for (int f = 1; f <= k; f++) {
            int count = 0;
            for (int v : folds) {
                count += v == f ? 0 : 1;
            }
            double[][] xt = new double[count][];
            boolean[] yt = new boolean[count];
            int t = 0;
            for (int i = 0; i < x.length; i++) {
                if (folds[i] != f) {
                    xt[t] = x[i];
                    yt[t++] = positive[i];
                }
            }
            ProbabilityModel m = learner.fit(xt, yt, h, seed + f);
            for (int i = 0; i < x.length; i++) {
                if (folds[i] == f) {
                    oof[i] = m.probability(x[i]);
                }
            }
        }
        return oof;
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    @Override
    public double probability(double[] x) {
        double[] z = new double[base.size()];
        for (int l = 0; l < z.length; l++) {
            z[l] = logit(base.get(l).probability(x));
        }
        return meta.probability(z);
    }

    /** The hyper-parameters chosen for each base learner. */
    public List<Choice> choices() {
        return choices;
    }
}
