package org.netradiomics.stats.harmonisation;

import java.util.List;

import org.netradiomics.volume.InvalidInputException;

/**
 * A fitted ComBat harmonisation: per-feature grand mean α̂, pooled SD σ̂, covariate effects β̂, and per-centre
 * posterior location γ* and scale δ²*. {@link #harmonise} applies it to any sample of a known centre, so a model
 * trained on harmonised features can score a new patient from one of the training centres.
 */
public record ComBatModel(List<String> centres, double[] grandMean, double[] pooledSd, double[][] covariateEffects,
        double[][] gammaStar, double[][] deltaStar, String referenceCentre) implements java.io.Serializable {

    /** Number of features. */
    public int features() {
        return grandMean.length;
    }

    /** x* = σ̂ (z − γ*_b) / δ*_b + α̂ + covariates β̂, z = (x − α̂ − covariates β̂) / σ̂; {@code covariates} may be null. */
    public double[] harmonise(double[] x, String centre, double[] covariates) {
        int b = centres.indexOf(centre);
        if (b < 0) {
            throw new InvalidInputException("centre '" + centre + "' was not in the ComBat training data (centres: "
                    + centres + "); harmonisation cannot be applied to an unseen centre");
        }
        if (x.length != features()) {
            throw new InvalidInputException("sample has " + x.length + " features but ComBat was fitted on " + features());
        }
        int q = covariateEffects.length == 0 ? 0 : covariateEffects[0].length;
        if ((covariates == null ? 0 : covariates.length) != q) {
            throw new InvalidInputException("ComBat was fitted with " + q + " covariates, got "
                    + (covariates == null ? 0 : covariates.length));
        }
        double[] out = new double[x.length];
        for (int g = 0; g < x.length; g++) {
            double m = grandMean[g];
            for (int c = 0; c < q; c++) {
                m += covariateEffects[g][c] * covariates[c];
            }
            double z = (x[g] - m) / pooledSd[g];
            out[g] = pooledSd[g] * (z - gammaStar[b][g]) / Math.sqrt(deltaStar[b][g]) + m;
        }
        return out;
    }

    /** Harmonises every row of a table (rows = samples in the order of {@code centre}). */
    public double[][] harmonise(double[][] x, String[] centre, double[][] covariates) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = harmonise(x[i], centre[i], covariates == null ? null : covariates[i]);
        }
        return out;
    }
}
