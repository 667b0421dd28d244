package org.netradiomics.stats.survival;

import java.util.List;

import org.netradiomics.stats.Distributions;
import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.SymmetricMatrix;
import org.netradiomics.stats.WaldInference;
import org.netradiomics.volume.InvalidInputException;

/**
 * Fitted Cox proportional-hazards model, equal to R's {@code coxph(Surv(time, status) ~ x, ties = ...)}: Newton-Raphson
 * on the partial likelihood from β = 0 with step halving, covariates centred internally. Where R would warn that
 * it ran out of iterations or that "a coefficient may be infinite" (|U·I⁻¹|_j &gt; ε and &gt; √ε·|β_j|), fitting
 * fails with an {@link InvalidInputException} instead. Immutable.
 */
public final class CoxModel {
    private final double[] beta;
    private final double[][] variance;
    private final double[] means;
    private final double logLikelihood;
    private final double nullLogLikelihood;
    private final int iterations;
    private final List<CoxPartialLikelihood.HazardStep> baseline;
    private final int events;
    private final double scoreStatistic;

    private CoxModel(double[] beta, double[][] variance, double[] means, double logLikelihood, double nullLogLikelihood,
            int iterations, List<CoxPartialLikelihood.HazardStep> baseline, int events, double scoreStatistic) {
        this.scoreStatistic = scoreStatistic;
        this.beta = beta;
        this.variance = variance;
        this.means = means;
        this.logLikelihood = logLikelihood;
        this.nullLogLikelihood = nullLogLikelihood;
        this.iterations = iterations;
        this.baseline = baseline;
        this.events = events;
    }

    /**
     * Fits the model. {@code x[i]} holds patient i's covariates. Fails on mismatched lengths, non-finite values,
     * fewer than 2 events, singular information (constant or collinear covariates) or no convergence (e.g. a
     * covariate that separates events perfectly, where R warns that the coefficient is infinite).
     */
    public static CoxModel fit(double[][] x, SurvivalData y, CoxOptions options) {
        int p = InputChecks.requireMatrix("covariate matrix", x, y.size());
        y.requireEvents(2, "a Cox model");
        int n = y.size();
        double[] means = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                means[j] += row[j] / n;
            }
        }
        double[][] xc = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                xc[i][j] = x[i][j] - means[j];
            }
        }
        CoxPartialLikelihood pl = new CoxPartialLikelihood(y, xc, options.ties());
        double[] b = new double[p];
        CoxPartialLikelihood.Evaluation current = pl.evaluate(b);
        double nullLoglik = current.logLikelihood();
        double[] u0 = current.score();
        double[] solved0 = SymmetricMatrix.factor(current.information(), "the Cox information matrix at beta = 0")
                .solve(u0);
        double score = 0;
        for (int j = 0; j < p; j++) {
            score += u0[j] * solved0[j];
        }
        int iter = 0;
        boolean converged = false;
        boolean halving = false;
        double[] step = null;
        while (iter < options.maxIterations()) {
            iter++;
            if (!halving) {
                step = SymmetricMatrix.factor(current.information(), "the Cox information matrix").solve(current.score());
            } else {
                for (int j = 0; j < p; j++) {
                    step[j] /= 2;
                }
            }
            double[] candidate = new double[p];
            for (int j = 0; j < p; j++) {
                candidate[j] = b[j] + step[j];
            }
            CoxPartialLikelihood.Evaluation next = pl.evaluate(candidate);
            if (!Double.isFinite(next.logLikelihood()) || next.logLikelihood() < current.logLikelihood()) {
                halving = true;
                continue;
            }
            halving = false;
            boolean done = Math.abs(1 - current.logLikelihood() / next.logLikelihood()) <= options.epsilon();
            b = candidate;
            current = next;
            if (done) {
                converged = true;
                break;
            }
        }
        if (!converged) {
            throw new InvalidInputException("the Cox model did not converge in " + options.maxIterations()
                    + " iterations; a covariate may separate events from non-events perfectly (infinite hazard ratio)");
        }
        double[][] var = SymmetricMatrix.factor(current.information(), "the Cox information matrix").inverse();
        double tolerInf = Math.sqrt(options.epsilon());
        for (int j = 0; j < p; j++) {
            double inf = 0;
            for (int k = 0; k < p; k++) {
                inf += current.score()[k] * var[k][j];
            }
            inf = Math.abs(inf);
            if (inf > options.epsilon() && inf > tolerInf * Math.abs(b[j])) {
                throw new InvalidInputException("the Cox likelihood converged before covariate " + (j + 1)
                        + "; its hazard ratio may be infinite (the covariate separates events from non-events)");
            }
        }
        List<CoxPartialLikelihood.HazardStep> steps = pl.hazardSteps(b, options.ties());
        return new CoxModel(b, var, means, current.logLikelihood(), nullLoglik, iter, steps, y.eventCount(), score);
    }

    /** Coefficients β (log hazard ratios per unit of each covariate). */
    public double[] coefficients() {
        return beta.clone();
    }

    /** Standard errors sqrt(diag(I⁻¹)). */
    public double[] standardErrors() {
        return WaldInference.standardErrors(variance);
    }

    /** Variance-covariance matrix I(β)⁻¹. */
    public double[][] variance() {
        double[][] v = new double[variance.length][];
        for (int j = 0; j < v.length; j++) {
            v[j] = variance[j].clone();
        }
        return v;
    }

    /** Wald statistics z = β / se. */
    public double[] waldZ() {
        return WaldInference.z(beta, standardErrors());
    }

    /** Two-sided Wald p-values 2Φ(−|z|). */
    public double[] waldP() {
        return WaldInference.twoSidedP(waldZ());
    }

    /** Hazard ratios exp(β). */
    public double[] hazardRatios() {
        return WaldInference.exp(beta);
    }

    /** Wald confidence interval exp(β ± z_{(1+level)/2}·se) per covariate: {@code [j][0]} lower, {@code [j][1]} upper. */
    public double[][] hazardRatioInterval(double level) {
        return WaldInference.expInterval(beta, standardErrors(), level);
    }

    /** Partial log-likelihood at the estimate ({@code fit$loglik[2]}). */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** Partial log-likelihood at β = 0 ({@code fit$loglik[1]}). */
    public double nullLogLikelihood() {
        return nullLogLikelihood;
    }

    /** Likelihood-ratio test statistic 2(ℓ(β) − ℓ(0)), chi-squared with p degrees of freedom. */
    public double likelihoodRatioStatistic() {
        return 2 * (logLikelihood - nullLogLikelihood);
    }

    /** p-value of the likelihood-ratio test. */
    public double likelihoodRatioP() {
        return Distributions.chiSquaredUpperTail(likelihoodRatioStatistic(), beta.length);
    }

    /** Score (log-rank) test statistic U(0)ᵀ I(0)⁻¹ U(0) ({@code summary(fit)$sctest}). */
    public double scoreStatistic() {
        return scoreStatistic;
    }

    /** p-value of the score test (chi-squared, p degrees of freedom). */
    public double scoreP() {
        return Distributions.chiSquaredUpperTail(scoreStatistic, beta.length);
    }

    /** Overall Wald statistic βᵀ I(β) β ({@code summary(fit)$waldtest}). */
    public double waldStatistic() {
        double[] solved = SymmetricMatrix.factor(variance, "the Cox variance matrix").solve(beta);
        double w = 0;
        for (int j = 0; j < beta.length; j++) {
            w += beta[j] * solved[j];
        }
        return w;
    }

    /** p-value of the overall Wald test. */
    public double waldTestP() {
        return Distributions.chiSquaredUpperTail(waldStatistic(), beta.length);
    }

    public int iterations() {
        return iterations;
    }

    public int eventCount() {
        return events;
    }

    /** Covariate means used for centring ({@code fit$means}). */
    public double[] means() {
        return means.clone();
    }

    /** Linear predictor xᵀβ (uncentred). */
    public double linearPredictor(double[] x) {
        checkCovariates(x);
        double eta = 0;
        for (int j = 0; j < beta.length; j++) {
            eta += x[j] * beta[j];
        }
        return eta;
    }

    /** Centred linear predictor (x − mean)ᵀβ, as R's {@code predict(fit, type = "lp")}. */
    public double centredLinearPredictor(double[] x) {
        checkCovariates(x);
        double eta = 0;
        for (int j = 0; j < beta.length; j++) {
            eta += (x[j] - means[j]) * beta[j];
        }
        return eta;
    }

    /**
     * Baseline cumulative hazard at the covariate means at time t ({@code basehaz(fit, centered = TRUE)}), a step
     * function: Breslow increments d/S0 for Breslow ties, Efron increments Σ_k 1/(S0 − (k/d)A0) for Efron ties,
     * as {@code survfit.coxph} does by default.
     */
    public double baselineCumulativeHazard(double t) {
        double h = 0;
        for (CoxPartialLikelihood.HazardStep s : baseline) {
            if (s.time() > t) {
                break;
            }
            h += s.increment();
        }
        return h;
    }

    /**
     * The baseline cumulative hazard at covariates 0 (not at their means) as steps: {@code [0]} the distinct event
     * times ascending, {@code [1]} H₀(t) there, i.e. the centred hazard times exp(−meanᵀβ)
     * ({@code basehaz(fit, centered = FALSE)}), so that S(t | x) = exp(−H₀(t)·exp(xᵀβ)) with the uncentred predictor.
     */
    public double[][] uncentredBaselineSteps() {
        double shift = Math.exp(-linearPredictor(means));
        List<Double> times = new java.util.ArrayList<>();
        List<Double> hazard = new java.util.ArrayList<>();
        double h = 0;
        for (CoxPartialLikelihood.HazardStep s : baseline) {
            h += s.increment();
            if (!times.isEmpty() && times.get(times.size() - 1) == s.time()) {
                hazard.set(hazard.size() - 1, h * shift);
            } else {
                times.add(s.time());
                hazard.add(h * shift);
            }
        }
        return new double[][] {times.stream().mapToDouble(Double::doubleValue).toArray(),
                hazard.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /** Predicted survival S(t | x) = exp(−H₀(t)·exp((x − mean)ᵀβ)), as {@code survfit(fit, newdata)}. */
    public double survival(double[] x, double t) {
        return Math.exp(-baselineCumulativeHazard(t) * Math.exp(centredLinearPredictor(x)));
    }

    private void checkCovariates(double[] x) {
        InputChecks.requireSameLength("the patient's covariates", x.length, "the model's coefficients", beta.length);
        InputChecks.requireFinite("covariate", x);
    }
}
