package org.netradiomics.stats.harmonisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.stats.SymmetricMatrix;
import org.netradiomics.volume.InvalidInputException;

/**
 * ComBat harmonisation of features across centres (batches) with parametric empirical Bayes priors (Johnson, Li
 * and Rabinovic 2007), the algorithm of {@code sva::ComBat(dat, batch, mod, par.prior = TRUE)}:
 * <ol>
 *   <li>per feature g, least squares of x on [batch indicators | covariates] gives B̂; the grand mean is
 *       α̂_g = Σ_b (n_b / n) B̂_bg and the pooled variance σ̂²_g = (1/n) Σ_i (x_ig − (design B̂)_ig)²;</li>
 *   <li>standardised data z_ig = (x_ig − α̂_g − covariates_i β̂_g) / σ̂_g;</li>
 *   <li>per batch b: γ̂_bg = mean of z in b, δ̂²_bg = sample variance of z in b (1/(n_b − 1));
 *       hyper-parameters γ̄_b, τ²_b = mean and variance of γ̂_b· over features; inverse-gamma prior a_b, b_b by the
 *       method of moments of δ̂²_b· (a = (2s² + m²)/s², b = (m s² + m³)/s²);</li>
 *   <li>posterior γ*, δ²* by the iteration of {@code sva:::it.sol} (γ* = (τ² n_b γ̂ + δ²γ̄)/(τ² n_b + δ²),
 *       δ²* = (½ Σ (z − γ*)² + b)/(n_b/2 + a − 1), until the largest relative change ≤ 1e-4);</li>
 *   <li>x*_ig = σ̂_g (z_ig − γ*_bg) / δ*_bg + α̂_g + covariates_i β̂_g.</li>
 * </ol>
 * With {@code meanOnly} the scale is not adjusted (δ* = 1, γ* = (τ² γ̂ + γ̄)/(τ² + 1), as sva). With a reference
 * batch, α̂ and σ̂ come from that batch alone and its samples are left unchanged (sva's {@code ref.batch}).
 * The non-parametric prior of sva ({@code par.prior = FALSE}) is not implemented.
 */
public final class ComBat {
    private static final double CONVERGENCE = 1e-4;

    private ComBat() {}

    /**
     * Fits ComBat on {@code x[sample][feature]} with centre labels {@code batch[sample]}; {@code covariates} (may
     * be null) are biological covariates to preserve, {@code x}'s rows order; {@code referenceBatch} may be null.
     */
    public static ComBatModel fit(double[][] x, String[] batch, double[][] covariates, boolean meanOnly,
            String referenceBatch) {
        int n = batch.length;
        int p = InputChecks.requireMatrix("feature table", x, n);
        int q = covariates == null ? 0 : InputChecks.requireMatrix("covariate table", covariates, n);
        if (p < 2) {
            throw new InvalidInputException("ComBat pools information across features and needs at least 2, got " + p);
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (batch[i] == null || batch[i].isBlank()) {
                throw new InvalidInputException("ComBat: sample " + (i + 1) + " has no centre (batch) label");
            }
            groups.computeIfAbsent(batch[i], k -> new ArrayList<>()).add(i);
        }
        List<String> names = new ArrayList<>(groups.keySet());
        java.util.Collections.sort(names);
        int nb = names.size();
        if (nb < 2) {
            throw new InvalidInputException("ComBat needs at least 2 centres, found only '" + names.get(0) + "'");
        }
        int ref = referenceBatch == null ? -1 : names.indexOf(referenceBatch);
        if (referenceBatch != null && ref < 0) {
            throw new InvalidInputException("ComBat reference centre '" + referenceBatch + "' is not among the centres "
                    + names);
        }
        int[] of = new int[n];
        int[] size = new int[nb];
        for (int b = 0; b < nb; b++) {
            for (int i : groups.get(names.get(b))) {
                of[i] = b;
            }
            size[b] = groups.get(names.get(b)).size();
            if (size[b] < 2 && !meanOnly) {
                throw new InvalidInputException("ComBat: centre '" + names.get(b) + "' has a single sample; its "
                        + "variance cannot be estimated (use the mean-only adjustment or merge centres)");
            }
        }
        // design = [batch indicators | covariates]; B̂ = (DᵀD)⁻¹ Dᵀ X, one column per feature
        int k = nb + q;
        double[][] design = new double[n][k];
        for (int i = 0; i < n; i++) {
            design[i][of[i]] = 1;
            for (int c = 0; c < q; c++) {
                design[i][nb + c] = covariates[i][c];
            }
        }
        double[][] dtd = new double[k][k];
        for (double[] row : design) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    dtd[a][b] += row[a] * row[b];
                }
            }
        }
        SymmetricMatrix chol = SymmetricMatrix.factor(dtd, "ComBat design (centres and covariates)");
        double[][] coef = new double[p][];
        for (int g = 0; g < p; g++) {
            double[] dty = new double[k];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < k; a++) {
                    dty[a] += design[i][a] * x[i][g];
                }
            }
            coef[g] = chol.solve(dty);
        }
        double[] grand = new double[p];
        double[] sd = new double[p];
        double[][] beta = new double[p][q];
        for (int g = 0; g < p; g++) {
            if (ref >= 0) {
                grand[g] = coef[g][ref];
            } else {
                for (int b = 0; b < nb; b++) {
                    grand[g] += (double) size[b] / n * coef[g][b];
                }
            }
            System.arraycopy(coef[g], nb, beta[g], 0, q);
            double ss = 0;
            int used = 0;
            for (int i = 0; i < n; i++) {
                if (ref >= 0 && of[i] != ref) {
                    continue;
                }
                double fit = 0;
                for (int a = 0; a < k; a++) {
                    fit += design[i][a] * coef[g][a];
                }
                ss += (x[i][g] - fit) * (x[i][g] - fit);
                used++;
            }
            sd[g] = Math.sqrt(ss / used);
            if (!(sd[g] > 0)) {
                throw new InvalidInputException("ComBat: feature " + (g + 1) + " has no variance within centres; "
                        + "remove constant features before harmonising");
            }
        }
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int g = 0; g < p; g++) {
                z[i][g] = (x[i][g] - standardMean(grand[g], beta[g], covariates, i)) / sd[g];
            }
        }
        double[][] gammaStar = new double[nb][p];
        double[][] deltaStar = new double[nb][p];
        for (int b = 0; b < nb; b++) {
            BatchPosterior post = BatchPosterior.estimate(z, groups.get(names.get(b)), meanOnly, CONVERGENCE);
            gammaStar[b] = post.gamma();
            deltaStar[b] = post.delta();
            if (b == ref) {
                Arrays.fill(gammaStar[b], 0);
                Arrays.fill(deltaStar[b], 1);
            }
        }
        return new ComBatModel(names, grand, sd, beta, gammaStar, deltaStar, ref < 0 ? null : referenceBatch);
    }

    static double standardMean(double grand, double[] beta, double[][] covariates, int i) {
        double m = grand;
        for (int c = 0; c < beta.length; c++) {
            m += beta[c] * covariates[i][c];
        }
        return m;
    }
}
