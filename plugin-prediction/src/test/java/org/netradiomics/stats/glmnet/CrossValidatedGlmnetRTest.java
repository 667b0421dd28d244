package org.netradiomics.stats.glmnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.stats.survival.SurvivalData;
import org.netradiomics.volume.InvalidInputException;

/** cv.glmnet with a given foldid against R (gaussian MSE incl. ungrouped, binomial deviance and AUC, Cox deviance and C), R solved to thresh 1e-20. */
class CrossValidatedGlmnetRTest {
    private static final String SCRIPT = GlmnetPathRTest.DATA + """
            set.seed(11)
            f5 <- sample(rep(1:5, length.out = n)); f3 <- sample(rep(1:3, length.out = n))
            out("f5", f5); out("f3", f3)
            emit <- function(tag, cv) {
              out(paste0(tag, ".lambda"), cv$lambda); out(paste0(tag, ".cvm"), cv$cvm); out(paste0(tag, ".cvsd"), cv$cvsd)
              out(paste0(tag, ".nzero"), cv$nzero); out(paste0(tag, ".opt"), c(cv$lambda.min, cv$lambda.1se))
            }
            emit("bdev5", cv.glmnet(x, yb, family = "binomial", foldid = f5, thresh = 1e-20))
            emit("bdev3", cv.glmnet(x, yb, family = "binomial", foldid = f3, alpha = 0.5, thresh = 1e-20))
            emit("bauc5", cv.glmnet(x, yb, family = "binomial", foldid = f5, type.measure = "auc", thresh = 1e-20))
            emit("cox5", cv.glmnet(x, Surv(tt, st), family = "cox", foldid = f5, thresh = 1e-20))
            emit("coxC5", cv.glmnet(x, Surv(tt, st), family = "cox", foldid = f5, type.measure = "C", thresh = 1e-20))
            emit("gauss5", cv.glmnet(x, yg, foldid = f5, alpha = 0.5, thresh = 1e-20))
            emit("gauss3", cv.glmnet(x[1:8, ], yg[1:8], foldid = c(1, 2, 3, 1, 2, 3, 1, 2), thresh = 1e-20))
            emit("bdev5d", cv.glmnet(x, yb, family = "binomial", foldid = f5))
            emit("cox5d", cv.glmnet(x, Surv(tt, st), family = "cox", foldid = f5))
            """;

    private static void compare(String tag, Map<String, double[]> r, CrossValidatedGlmnet cv) {
        assertEquals(r.get(tag + ".lambda").length, cv.lambdas().length, tag + " path length");
        RScript.assertClose("cv.glmnet " + tag + " lambda", r.get(tag + ".lambda"), cv.lambdas(), 1e-12);
        RScript.assertClose("cv.glmnet " + tag + " cvm", r.get(tag + ".cvm"), cv.cvm(), 1e-6);
        RScript.assertClose("cv.glmnet " + tag + " cvsd", r.get(tag + ".cvsd"), cv.cvsd(), 1e-6);
        assertArrayEquals(r.get(tag + ".nzero"), java.util.Arrays.stream(cv.nonZero()).asDoubleStream().toArray(),
                tag + " nzero");
        RScript.assertClose("cv.glmnet " + tag + " lambda.min, 1se", r.get(tag + ".opt"),
                new double[] {cv.lambdaMin(), cv.lambda1se()}, 1e-12);
    }

    private static void informOnly(String tag, Map<String, double[]> r, CrossValidatedGlmnet cv) {
        double[] opt = r.get(tag + ".opt");
        System.out.printf(java.util.Locale.ROOT, "[R-compare] cv.glmnet %s (R default thresh): cvm max rel diff %.2e,"
                + " lambda.min %s, lambda.1se %s%n", tag,
                RScript.maxRelativeDifference(r.get(tag + ".cvm"), cv.cvm(), 1e-8),
                same(opt[0], cv.lambdaMin()), same(opt[1], cv.lambda1se()));
    }

    private static String same(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.abs(a) ? "same" : "differs (R " + a + ", Java " + b + ")";
    }

    private static int[] ints(double[] v) {
        return java.util.Arrays.stream(v).mapToInt(d -> (int) d).toArray();
    }

    @Test
    void matchesCvGlmnet() {
        Map<String, double[]> r = RScript.run(SCRIPT, "glmnet", "survival");
        double[][] x = GlmnetPathRTest.covariates(r);
        boolean[] yb = GlmnetPathRTest.binary(r.get("yb"));
        SurvivalData ys = GlmnetPathRTest.survival(r);
        int[] f5 = ints(r.get("f5"));
        int[] f3 = ints(r.get("f3"));
        GlmnetOptions lasso = GlmnetOptions.lasso();
        compare("bdev5", r, CrossValidatedGlmnet.binomial(x, yb, f5, lasso, CvMeasure.DEVIANCE));
        compare("bdev3", r, CrossValidatedGlmnet.binomial(x, yb, f3, lasso.withAlpha(0.5), CvMeasure.DEVIANCE));
        CrossValidatedGlmnet auc = CrossValidatedGlmnet.binomial(x, yb, f5, lasso, CvMeasure.AUC);
        assertEquals(CvMeasure.AUC, auc.measure());
        compare("bauc5", r, auc);
        compare("cox5", r, CrossValidatedGlmnet.cox(x, ys, f5, lasso));
        compare("coxC5", r, CrossValidatedGlmnet.cox(x, ys, f5, lasso, CvMeasure.C_INDEX));
        compare("gauss5", r, CrossValidatedGlmnet.gaussian(x, r.get("yg"), f5, lasso.withAlpha(0.5)));
        double[][] x8 = java.util.Arrays.copyOf(x, 8);
        double[] y8 = java.util.Arrays.copyOf(r.get("yg"), 8);
        compare("gauss3", r, CrossValidatedGlmnet.gaussian(x8, y8, new int[] {1, 2, 3, 1, 2, 3, 1, 2}, lasso));
        // information only: R with its default thresh = 1e-7 (inexact fits) against our exact ones
        informOnly("bdev5d", r, CrossValidatedGlmnet.binomial(x, yb, f5, lasso, CvMeasure.DEVIANCE));
        informOnly("cox5d", r, CrossValidatedGlmnet.cox(x, ys, f5, lasso));
    }

    @Test
    void rejectsBadFolds() {
        double[][] x = new double[12][];
        boolean[] y = new boolean[12];
        for (int i = 0; i < 12; i++) {
            x[i] = new double[] {i, (i * 7) % 5};
            y[i] = i % 2 == 0;
        }
        int[] twoFolds = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
        assertThrows(InvalidInputException.class,
                () -> CrossValidatedGlmnet.binomial(x, y, twoFolds, GlmnetOptions.lasso(), CvMeasure.DEVIANCE));
        int[] gap = {1, 2, 4, 1, 2, 4, 1, 2, 4, 1, 2, 4};
        assertThrows(InvalidInputException.class,
                () -> CrossValidatedGlmnet.binomial(x, y, gap, GlmnetOptions.lasso(), CvMeasure.DEVIANCE));
    }
}
