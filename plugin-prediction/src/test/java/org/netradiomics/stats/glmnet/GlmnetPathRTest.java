package org.netradiomics.stats.glmnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.RScript;
import org.netradiomics.stats.survival.SurvivalData;
import org.netradiomics.volume.InvalidInputException;

/**
 * Elastic-net paths against R's glmnet 4.1 on synthetic data (n = 80, p = 12, correlated covariates): lambda
 * sequence, path length (early stopping), every coefficient and the deviance ratio. R is run with
 * {@code thresh = 1e-20} so both sides report the exact optimum; agreement with R's default {@code thresh = 1e-7}
 * is printed for information.
 */
class GlmnetPathRTest {
    static final String DATA = """
            set.seed(7)
            n <- 80; p <- 12
            z <- rnorm(n)
            x <- matrix(rnorm(n * p), n, p) + 0.5 * z
            x[, 3] <- x[, 3] * 10 + 5
            eta <- 0.8 * x[, 1] - 0.6 * x[, 2] + 0.05 * x[, 3] + 0.4 * x[, 5]
            yb <- rbinom(n, 1, plogis(eta - 0.25))
            yg <- eta + rnorm(n)
            tt <- round(rexp(n, exp(0.5 * eta)) * 100) + 1
            cens <- round(runif(n, 50, 300))
            st <- as.numeric(tt <= cens); tt <- pmin(tt, cens)
            for (j in 1:p) out(paste0("x", j), x[, j])
            out("yb", yb); out("yg", yg); out("time", tt); out("status", st)
            """;

    private static final String SCRIPT = DATA + """
            emit <- function(tag, fit) {
              out(paste0(tag, ".lambda"), fit$lambda); out(paste0(tag, ".dev"), fit$dev.ratio)
              b <- as.matrix(coef(fit))
              for (m in seq_len(ncol(b))) out(paste0(tag, ".coef", m - 1), b[, m])
            }
            y <- Surv(tt, st)
            for (a in c(1, 0.5)) {
              emit(paste0("binomial", a), glmnet(x, yb, family = "binomial", alpha = a, thresh = 1e-20))
              emit(paste0("cox", a), glmnet(x, y, family = "cox", alpha = a, thresh = 1e-20))
              emit(paste0("gaussian", a), glmnet(x, yg, family = "gaussian", alpha = a, thresh = 1e-20))
              emit(paste0("binomial", a, "d"), glmnet(x, yb, family = "binomial", alpha = a))
              emit(paste0("cox", a, "d"), glmnet(x, y, family = "cox", alpha = a))
            }
            emit("binomialUser", glmnet(x, yb, family = "binomial", lambda = c(0.1, 0.05, 0.02, 0.01), thresh = 1e-20))
            set.seed(5)
            xw <- matrix(rnorm(30 * 100), 30, 100); ybw <- rbinom(30, 1, plogis(xw[, 1] - xw[, 2]))
            tw <- round(rexp(30, exp(xw[, 1])) * 50) + 1; sw <- rbinom(30, 1, 0.7)
            for (j in 1:100) out(paste0("w", j), xw[, j])
            out("ybw", ybw); out("tw", tw); out("sw", sw)
            emit("wideBinomial", glmnet(xw, ybw, family = "binomial", thresh = 1e-20))
            emit("wideCox", suppressWarnings(glmnet(xw, Surv(tw, sw), family = "cox", thresh = 1e-20)))
            out("wideCoxDefault.length", length(glmnet(xw, Surv(tw, sw), family = "cox")$lambda))
            """;

    static double[][] covariates(Map<String, double[]> r) {
        int n = r.get("yb").length;
        double[][] x = new double[n][12];
        for (int j = 0; j < 12; j++) {
            double[] col = r.get("x" + (j + 1));
            for (int i = 0; i < n; i++) {
                x[i][j] = col[i];
            }
        }
        return x;
    }

    static boolean[] binary(double[] v) {
        boolean[] b = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = v[i] == 1;
        }
        return b;
    }

    static SurvivalData survival(Map<String, double[]> r) {
        double[] st = r.get("status");
        int[] s = new int[st.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (int) st[i];
        }
        return SurvivalData.of(r.get("time"), s);
    }

    /** Compares a Java path with R's; returns the max coefficient difference relative to max(|coef|, 1e-3 · largest |coef| of the path). */
    private static double compare(String tag, Map<String, double[]> r, GlmnetPath path, double tol, boolean strict) {
        return compare(tag, r, path, tol, strict, strict);
    }

    /** As above; {@code sameLength} false compares the common prefix only (when R stopped for maxit). */
    private static double compare(String tag, Map<String, double[]> r, GlmnetPath path, double tol, boolean strict,
            boolean sameLength) {
        double[] lambda = r.get(tag + ".lambda");
        if (sameLength) {
            assertEquals(lambda.length, path.size(), tag + ": path length (early stopping)");
        }
        int k = Math.min(lambda.length, path.size());
        double lam = RScript.maxRelativeDifference(java.util.Arrays.copyOf(lambda, k),
                java.util.Arrays.copyOf(path.lambdas(), k), 1e-300);
        double dev = RScript.maxRelativeDifference(java.util.Arrays.copyOf(r.get(tag + ".dev"), k),
                java.util.Arrays.copyOf(path.devianceRatios(), k), 1e-8);
        double coef = 0;
        double scale = 0;
        for (int m = 0; m < k; m++) {
            for (double v : r.get(tag + ".coef" + m)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int m = 0; m < k; m++) {
            double[] rc = r.get(tag + ".coef" + m);
            GlmnetPath.Coefficients c = path.coefficients(m);
            double[] jc = new double[rc.length];
            int off = rc.length - c.beta().length;
            if (off == 1) {
                jc[0] = c.intercept();
            }
            System.arraycopy(c.beta(), 0, jc, off, c.beta().length);
            for (int j = 0; j < rc.length; j++) {
                coef = Math.max(coef, Math.abs(jc[j] - rc[j]) / Math.max(Math.abs(rc[j]), 1e-3 * scale));
            }
        }
        System.out.printf(Locale.ROOT, "[R-compare] glmnet %-16s length R %d / Java %d, lambda %.2e, coef %.2e,"
                + " dev.ratio %.2e%n", tag, lambda.length, path.size(), lam, coef, dev);
        if (strict) {
            org.junit.jupiter.api.Assertions.assertTrue(lam < 1e-12 && coef < tol && dev < tol,
                    tag + ": lambda " + lam + ", coef " + coef + ", dev " + dev);
        }
        return coef;
    }

    @Test
    void pathsMatchGlmnet() {
        Map<String, double[]> r = RScript.run(SCRIPT, "glmnet", "survival");
        double[][] x = covariates(r);
        boolean[] yb = binary(r.get("yb"));
        SurvivalData ys = survival(r);
        for (double a : new double[] {1, 0.5}) {
            GlmnetOptions o = GlmnetOptions.lasso().withAlpha(a);
            String t = a == 1 ? "1" : "0.5";
            GlmnetPath bin = GlmnetPath.fitBinomial(x, yb, o);
            GlmnetPath cox = GlmnetPath.fitCox(x, ys, o);
            compare("binomial" + t, r, bin, 1e-6, true);
            compare("cox" + t, r, cox, 1e-6, true);
            compare("gaussian" + t, r, GlmnetPath.fitGaussian(x, r.get("yg"), o), 1e-6, true);
            compare("binomial" + t + "d", r, bin, 1, false);
            compare("cox" + t + "d", r, cox, 1, false);
        }
        compare("binomialUser", r, GlmnetPath.fitBinomial(x, yb,
                GlmnetOptions.lasso().withLambda(new double[] {0.01, 0.1, 0.02, 0.05})), 1e-6, true);
        // p > n: lambda.min.ratio 0.01, full path; at its end 24 covariates are active for 30 patients, the
        // Hessian is nearly singular and R's own KKT residual (~1e-11) moves coefficients by ~1e-6: tolerance 1e-5
        double[][] xw = new double[30][100];
        for (int j = 0; j < 100; j++) {
            for (int i = 0; i < 30; i++) {
                xw[i][j] = r.get("w" + (j + 1))[i];
            }
        }
        compare("wideBinomial", r, GlmnetPath.fitBinomial(xw, binary(r.get("ybw")), GlmnetOptions.lasso()), 1e-5,
                true);
        // Cox: R at thresh 1e-20 hits maxit at the 40th lambda and truncates its path, so compare those 39; the
        // full length is R's at default thresh (100)
        int[] sw = java.util.Arrays.stream(r.get("sw")).mapToInt(v -> (int) v).toArray();
        GlmnetPath wideCox = GlmnetPath.fitCox(xw, SurvivalData.of(r.get("tw"), sw), GlmnetOptions.lasso());
        compare("wideCox", r, wideCox, 1e-5, true, false);
        assertEquals((int) r.get("wideCoxDefault.length")[0], wideCox.size());
    }

    @Test
    void rejectsBadInput() {
        double[][] x = {{1, 2}, {2, 1}, {3, 5}, {4, 4}};
        assertThrows(InvalidInputException.class, () -> GlmnetPath.fitBinomial(x,
                new boolean[] {true, true, true, false}, GlmnetOptions.lasso()));
        assertThrows(InvalidInputException.class, () -> GlmnetPath.fitBinomial(new double[][] {{1}, {1}, {1}, {1}},
                new boolean[] {true, true, false, false}, GlmnetOptions.lasso()));
        assertThrows(InvalidInputException.class, () -> GlmnetOptions.lasso().withAlpha(1.5));
    }
}
