package org.netradiomics.stats.selection;

import java.util.List;

import org.netradiomics.stats.SymmetricMatrix;
import org.netradiomics.volume.InvalidInputException;

/** Variance inflation: R² of one column regressed on others, from correlations (VIF = 1 / (1 − R²)). */
final class VarianceInflation {
    private VarianceInflation() {}

    /**
     * R²_{j|S} = r_jSᵀ R_SS⁻¹ r_jS for centred unit-norm {@code cols}; 1 when the columns of S are collinear
     * (the candidate is then treated as fully redundant).
     */
    static double rSquared(double[][] cols, int j, List<Integer> others) {
        int k = others.size();
        double[][] rss = new double[k][k];
        double[] rjs = new double[k];
        for (int a = 0; a < k; a++) {
            rjs[a] = Mrmr.correlation(cols[j], cols[others.get(a)]);
            for (int b = 0; b < k; b++) {
                rss[a][b] = Mrmr.correlation(cols[others.get(a)], cols[others.get(b)]);
            }
        }
        try {
            double[] w = SymmetricMatrix.factor(rss, "correlation of the selected features").solve(rjs);
            double r2 = 0;
            for (int a = 0; a < k; a++) {
                r2 += w[a] * rjs[a];
            }
            return Math.min(1, r2);
        } catch (InvalidInputException collinear) {
            return 1;
        }
    }
}
