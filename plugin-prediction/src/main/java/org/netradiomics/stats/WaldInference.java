package org.netradiomics.stats;

/** Wald inference shared by the likelihood-fitted models (Cox, logistic): standard errors, z, p and exp(β) intervals. */
public final class WaldInference {
    private WaldInference() {}

    /** Standard errors sqrt(diag(V)) of a variance-covariance matrix V. */
    public static double[] standardErrors(double[][] variance) {
        double[] se = new double[variance.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(variance[j][j]);
        }
        return se;
    }

    /** Wald statistics z_j = β_j / se_j. */
    public static double[] z(double[] beta, double[] se) {
        double[] z = new double[beta.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = beta[j] / se[j];
        }
        return z;
    }

    /** Two-sided p-values 2Φ(−|z_j|). */
    public static double[] twoSidedP(double[] z) {
        double[] p = new double[z.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = Distributions.twoSidedNormalP(z[j]);
        }
        return p;
    }

    /** exp(β_j): odds ratios or hazard ratios. */
    public static double[] exp(double[] beta) {
        double[] r = new double[beta.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = Math.exp(beta[j]);
        }
        return r;
    }

    /** Wald interval exp(β ± z_{(1+level)/2}·se): {@code [j][0]} lower, {@code [j][1]} upper. */
    public static double[][] expInterval(double[] beta, double[] se, double level) {
        InputChecks.requireLevel(level);
        double z = Distributions.normalQuantile(0.5 + level / 2);
        double[][] ci = new double[beta.length][];
        for (int j = 0; j < ci.length; j++) {
            ci[j] = new double[] {Math.exp(beta[j] - z * se[j]), Math.exp(beta[j] + z * se[j])};
        }
        return ci;
    }
}
