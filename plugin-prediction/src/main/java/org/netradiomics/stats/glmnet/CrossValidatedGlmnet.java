package org.netradiomics.stats.glmnet;

import java.util.Arrays;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.survival.Concordance;
import org.netradiomics.stats.survival.SurvivalData;
import org.netradiomics.volume.InvalidInputException;

/**
 * K-fold cross-validation of an elastic-net path with a given fold assignment, equal to
 * {@code cv.glmnet(x, y, foldid = foldid, type.measure = ...)} (glmnet 4.1): the path on all data fixes the
 * lambdas; each fold's path is fitted on the other folds with its own automatic lambda sequence and evaluated at
 * the full-data lambdas by {@code predict(s = lambda)} interpolation; lambda.min minimises the CV error (largest
 * lambda on ties) and lambda.1se is the largest lambda whose error is within one standard error of that minimum.
 * <ul>
 * <li>Binomial deviance: per patient −2[y log p + (1 − y) log(1 − p)] with p clamped to [1e-5, 1 − 1e-5],
 * averaged within folds (grouped, when n/K ≥ 3), folds weighted by size; cvsd = sqrt(weighted variance of the
 * fold means / (K − 1)). Gaussian: the same with squared errors.</li>
 * <li>Binomial AUC (needs n/K ≥ 10, otherwise deviance is used as glmnet does): Mann-Whitney AUC per fold with
 * ties counted ½ (glmnet breaks ties at random); folds weighted by size.</li>
 * <li>Cox deviance (grouped): fold k contributes [D_all(β₋ₖ) − D₋ₖ(β₋ₖ)] / events_k, weighted by its events,
 * D the Breslow partial-likelihood deviance 2(ℓ_sat − ℓ).</li>
 * <li>Cox C-index: Harrell's C of xβ₋ₖ within fold k ({@link Concordance}), folds weighted by size.</li>
 * </ul>
 */
public final class CrossValidatedGlmnet {
    private final GlmnetPath path;
    private final CvMeasure measure;
    private final double[] cvm;
    private final double[] cvsd;
    private final int indexMin;
    private final int index1se;

    private CrossValidatedGlmnet(GlmnetPath path, CvMeasure measure, double[] cvm, double[] cvsd) {
        this.path = path;
        this.measure = measure;
        this.cvm = cvm;
        this.cvsd = cvsd;
        double sign = measure == CvMeasure.DEVIANCE ? 1 : -1;
        int best = 0;
        for (int m = 1; m < cvm.length; m++) {
            if (sign * cvm[m] < sign * cvm[best]) {
                best = m;
            }
        }
        double bound = sign * cvm[best] + cvsd[best];
        int oneSe = best;
        for (int m = 0; m < cvm.length; m++) {
            if (sign * cvm[m] <= bound) {
                oneSe = m;
                break;
            }
        }
        this.indexMin = best;
        this.index1se = oneSe;
    }

    /** Cross-validates a binomial path; {@code foldid[i]} in 1..K is patient i's fold. */
    public static CrossValidatedGlmnet binomial(double[][] x, boolean[] positive, int[] foldid, GlmnetOptions options,
            CvMeasure measure) {
        if (measure == CvMeasure.C_INDEX) {
            throw new InvalidInputException("the C-index measure is for Cox models; use AUC or DEVIANCE for a binary"
                    + " outcome");
        }
        int k = checkFolds(foldid, positive.length);
        GlmnetPath full = GlmnetPath.fitBinomial(x, positive, options);
        double[] lambda = full.lambdas();
        int n = positive.length;
        CvMeasure used = measure == CvMeasure.AUC && (double) n / k < 10 ? CvMeasure.DEVIANCE : measure;
        double[][] link = new double[n][];
        for (int f = 1; f <= k; f++) {
            int[] train = rows(foldid, f, false);
            GlmnetPath foldPath = inFold(f, () -> GlmnetPath.fitBinomial(subset(x, train), subset(positive, train),
                    options));
            int[] test = rows(foldid, f, true);
            for (int i : test) {
                link[i] = new double[lambda.length];
            }
            for (int m = 0; m < lambda.length; m++) {
                GlmnetPath.Coefficients c = foldPath.coefficientsAt(lambda[m]);
                double[] beta = c.beta();
                for (int i : test) {
                    double eta = c.intercept();
                    for (int j = 0; j < beta.length; j++) {
                        eta += x[i][j] * beta[j];
                    }
                    link[i][m] = eta;
                }
            }
        }
        double[] cvm = new double[lambda.length];
        double[] cvsd = new double[lambda.length];
        for (int m = 0; m < lambda.length; m++) {
            double[] perFold = new double[k];
            double[] weight = new double[k];
            double[] perPatient = new double[n];
            for (int f = 1; f <= k; f++) {
                int[] test = rows(foldid, f, true);
                weight[f - 1] = test.length;
                if (used == CvMeasure.AUC) {
                    perFold[f - 1] = foldAuc(test, positive, link, m, f);
                } else {
                    for (int i : test) {
                        double p = Math.min(1 - 1e-5, Math.max(1e-5, 1 / (1 + Math.exp(-link[i][m]))));
                        perPatient[i] = -2 * (positive[i] ? Math.log(p) : Math.log(1 - p));
                    }
                }
            }
            if (used == CvMeasure.DEVIANCE) {
                groupedSummary(perPatient, foldid, k, cvm, cvsd, m);
            } else {
                summarise(perFold, weight, k, cvm, cvsd, m);
            }
        }
        return new CrossValidatedGlmnet(full, used, cvm, cvsd);
    }

    /** Cross-validates a gaussian path with the mean squared error (grouped as the binomial deviance). */
    public static CrossValidatedGlmnet gaussian(double[][] x, double[] y, int[] foldid, GlmnetOptions options) {
        int k = checkFolds(foldid, y.length);
        GlmnetPath full = GlmnetPath.fitGaussian(x, y, options);
        double[] lambda = full.lambdas();
        int n = y.length;
        double[][] sq = new double[n][lambda.length];
        for (int f = 1; f <= k; f++) {
            int[] train = rows(foldid, f, false);
            double[] yTrain = new double[train.length];
            for (int t = 0; t < train.length; t++) {
                yTrain[t] = y[train[t]];
            }
            GlmnetPath foldPath = inFold(f, () -> GlmnetPath.fitGaussian(subset(x, train), yTrain, options));
            int[] test = rows(foldid, f, true);
            for (int m = 0; m < lambda.length; m++) {
                GlmnetPath.Coefficients c = foldPath.coefficientsAt(lambda[m]);
                double[] beta = c.beta();
                for (int i : test) {
                    double e = y[i] - c.intercept();
                    for (int j = 0; j < beta.length; j++) {
                        e -= x[i][j] * beta[j];
                    }
                    sq[i][m] = e * e;
                }
            }
        }
        double[] cvm = new double[lambda.length];
        double[] cvsd = new double[lambda.length];
        for (int m = 0; m < lambda.length; m++) {
            double[] perPatient = new double[n];
            for (int i = 0; i < n; i++) {
                perPatient[i] = sq[i][m];
            }
            groupedSummary(perPatient, foldid, k, cvm, cvsd, m);
        }
        return new CrossValidatedGlmnet(full, CvMeasure.DEVIANCE, cvm, cvsd);
    }

    /** Fold means weighted by fold size (grouped, n/K ≥ 3) or per-patient values (ungrouped), as cvstats. */
    private static void groupedSummary(double[] perPatient, int[] foldid, int k, double[] cvm, double[] cvsd, int m) {
        int n = perPatient.length;
        if ((double) n / k < 3) {
            double[] ones = new double[n];
            Arrays.fill(ones, 1);
            summarise(perPatient, ones, n, cvm, cvsd, m);
            return;
        }
        double[] sum = new double[k];
        double[] size = new double[k];
        for (int i = 0; i < n; i++) {
            sum[foldid[i] - 1] += perPatient[i];
            size[foldid[i] - 1]++;
        }
        for (int f = 0; f < k; f++) {
            sum[f] /= size[f];
        }
        summarise(sum, size, k, cvm, cvsd, m);
    }

    /** Cross-validates a Cox path with the partial-likelihood deviance (grouped), glmnet's default. */
    public static CrossValidatedGlmnet cox(double[][] x, SurvivalData y, int[] foldid, GlmnetOptions options) {
        return cox(x, y, foldid, options, CvMeasure.DEVIANCE);
    }

    /** Cross-validates a Cox path with the deviance or Harrell's C. */
    public static CrossValidatedGlmnet cox(double[][] x, SurvivalData y, int[] foldid, GlmnetOptions options,
            CvMeasure measure) {
        if (measure == CvMeasure.AUC) {
            throw new InvalidInputException("AUC is for a binary outcome; use C_INDEX or DEVIANCE for a Cox model");
        }
        int k = checkFolds(foldid, y.size());
        GlmnetPath full = GlmnetPath.fitCox(x, y, options);
        double[] lambda = full.lambdas();
        CoxLoss all = new CoxLoss(y);
        double[][] raw = new double[k][lambda.length];
        double[] events = new double[k];
        for (int f = 1; f <= k; f++) {
            int[] train = rows(foldid, f, false);
            for (int i : rows(foldid, f, true)) {
                events[f - 1] += y.event(i) ? 1 : 0;
            }
            SurvivalData yTrain = y.subset(train);
            double[][] xTrain = subset(x, train);
            GlmnetPath foldPath = inFold(f, () -> GlmnetPath.fitCox(xTrain, yTrain, options));
            CoxLoss trainLoss = new CoxLoss(yTrain);
            int[] test = rows(foldid, f, true);
            double[][] xTest = subset(x, test);
            SurvivalData yTest = y.subset(test);
            for (int m = 0; m < lambda.length; m++) {
                double[] beta = foldPath.coefficientsAt(lambda[m]).beta();
                raw[f - 1][m] = measure == CvMeasure.C_INDEX ? Concordance.of(yTest, predict(xTest, beta)).index()
                        : (all.deviance(predict(x, beta)) - trainLoss.deviance(predict(xTrain, beta)))
                                / events[f - 1];
            }
            if (measure == CvMeasure.C_INDEX) {
                events[f - 1] = test.length;
            }
        }
        double[] cvm = new double[lambda.length];
        double[] cvsd = new double[lambda.length];
        for (int m = 0; m < lambda.length; m++) {
            double[] col = new double[k];
            for (int f = 0; f < k; f++) {
                col[f] = raw[f][m];
            }
            summarise(col, events, k, cvm, cvsd, m);
        }
        return new CrossValidatedGlmnet(full, measure, cvm, cvsd);
    }

    /** The path fitted on all patients ({@code cvfit$glmnet.fit}). */
    public GlmnetPath fullPath() {
        return path;
    }

    /** The measure actually used (AUC falls back to deviance below 10 patients per fold, as glmnet). */
    public CvMeasure measure() {
        return measure;
    }

    public double[] lambdas() {
        return path.lambdas();
    }

    /** Mean cross-validated error per lambda ({@code cvm}). */
    public double[] cvm() {
        return cvm.clone();
    }

    /** Its standard error ({@code cvsd}). */
    public double[] cvsd() {
        return cvsd.clone();
    }

    /** Non-zero coefficients per lambda of the full path ({@code nzero}). */
    public int[] nonZero() {
        int[] nz = new int[path.size()];
        for (int m = 0; m < nz.length; m++) {
            nz[m] = path.coefficients(m).nonZero();
        }
        return nz;
    }

    public double lambdaMin() {
        return path.lambdas()[indexMin];
    }

    public double lambda1se() {
        return path.lambdas()[index1se];
    }

    /** 0-based index of lambda.min in {@link #lambdas()}. */
    public int indexMin() {
        return indexMin;
    }

    /** 0-based index of lambda.1se in {@link #lambdas()}. */
    public int index1se() {
        return index1se;
    }

    /** Weighted mean and glmnet's standard error sqrt(Σw(v − mean)²/Σw / (count − 1)). */
    private static void summarise(double[] v, double[] w, int count, double[] cvm, double[] cvsd, int m) {
        double sw = 0;
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            sw += w[i];
            s += w[i] * v[i];
        }
        double mean = s / sw;
        double ss = 0;
        for (int i = 0; i < v.length; i++) {
            ss += w[i] * (v[i] - mean) * (v[i] - mean);
        }
        cvm[m] = mean;
        cvsd[m] = Math.sqrt(ss / sw / (count - 1));
    }

    private static double foldAuc(int[] test, boolean[] positive, double[][] link, int m, int fold) {
        double sum = 0;
        int pos = 0;
        int neg = 0;
        for (int a : test) {
            if (!positive[a]) {
                neg++;
                continue;
            }
            pos++;
            for (int b : test) {
                if (!positive[b]) {
                    sum += link[a][m] > link[b][m] ? 1 : link[a][m] == link[b][m] ? 0.5 : 0;
                }
            }
        }
        if (pos == 0 || neg == 0) {
            throw new InvalidInputException("fold " + fold + " has " + pos + " positive and " + neg
                    + " negative patients; AUC needs both in every fold (stratify the fold assignment)");
        }
        return sum / ((double) pos * neg);
    }

    /** Runs a fold's fit, naming the fold in any input error. */
    private static GlmnetPath inFold(int fold, java.util.function.Supplier<GlmnetPath> fit) {
        try {
            return fit.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("fitting without fold " + fold + ": " + e.getMessage(), e);
        }
    }

    private static int checkFolds(int[] foldid, int n) {
        InputChecks.requireSameLength("the outcome", n, "the fold assignment", foldid.length);
        int k = Arrays.stream(foldid).max().orElse(0);
        if (k < 3) {
            throw new InvalidInputException("cross-validation needs at least 3 folds (glmnet's rule), got " + k);
        }
        boolean[] seen = new boolean[k + 1];
        for (int f : foldid) {
            if (f < 1) {
                throw new InvalidInputException("fold numbers must be 1.." + k + ", found " + f);
            }
            seen[f] = true;
        }
        for (int f = 1; f <= k; f++) {
            if (!seen[f]) {
                throw new InvalidInputException("fold " + f + " of 1.." + k + " has no patients");
            }
        }
        return k;
    }

    private static int[] rows(int[] foldid, int fold, boolean inFold) {
        return java.util.stream.IntStream.range(0, foldid.length).filter(i -> (foldid[i] == fold) == inFold).toArray();
    }

    private static double[][] subset(double[][] x, int[] rows) {
        double[][] s = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            s[k] = x[rows[k]];
        }
        return s;
    }

    private static boolean[] subset(boolean[] y, int[] rows) {
        boolean[] s = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) {
            s[k] = y[rows[k]];
        }
        return s;
    }

    private static double[] predict(double[][] x, double[] beta) {
        double[] eta = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < beta.length; j++) {
                eta[i] += x[i][j] * beta[j];
            }
        }
        return eta;
    }
}
