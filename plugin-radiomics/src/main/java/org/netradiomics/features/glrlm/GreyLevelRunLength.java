package org.netradiomics.features.glrlm;

import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.texture.DirectionalAggregation;
import org.netradiomics.features.texture.DirectionalFamily;
import org.netradiomics.features.texture.IbsiTextureFamily;
import org.netradiomics.features.texture.Offset;
import org.netradiomics.features.texture.PyRadiomicsAngleAggregation;
import org.netradiomics.features.texture.PyRadiomicsAngles;
import org.netradiomics.features.texture.PyRadiomicsTextureFamily;
import org.netradiomics.features.texture.PyRadiomicsTextureOptions;
import org.netradiomics.features.texture.RoiBounds;
import org.netradiomics.features.texture.TextureSpace;

/**
 * Grey level run length matrix features (IBSI-1 section 3.7, PyRadiomics class {@code glrlm}). r_ij = number of runs
 * of grey level i and length j, N_s = Σ r_ij, r_i. = Σ_j r_ij, r_.j = Σ_i r_ij, p_ij = r_ij / N_s, N_v = number of
 * voxels covered (summed over merged matrices). IBSI aggregates in the six ways of {@link DirectionalAggregation};
 * PyRadiomics computes one matrix per angle (distance 1, {@link PyRadiomicsAngles}) and averages the features over
 * non-empty angles, with N_v = ROI voxels and ε in the entropy's logarithm.
 */
public final class GreyLevelRunLength implements DirectionalFamily, IbsiTextureFamily, PyRadiomicsTextureFamily {
    private static final double EPS = Math.ulp(1.0);
    private static final List<String> IBSI_STEMS = List.of("rlm_sre", "rlm_lre", "rlm_lgre", "rlm_hgre", "rlm_srlge",
            "rlm_srhge", "rlm_lrlge", "rlm_lrhge", "rlm_glnu", "rlm_glnu_norm", "rlm_rlnu", "rlm_rlnu_norm",
            "rlm_r_perc", "rlm_gl_var", "rlm_rl_var", "rlm_rl_entr");
    private static final List<String> PYRADIOMICS_NAMES = List.of("ShortRunEmphasis", "LongRunEmphasis",
            "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized", "RunLengthNonUniformity",
            "RunLengthNonUniformityNormalized", "RunPercentage", "GrayLevelVariance", "RunVariance", "RunEntropy",
            "LowGrayLevelRunEmphasis", "HighGrayLevelRunEmphasis", "ShortRunLowGrayLevelEmphasis",
            "ShortRunHighGrayLevelEmphasis", "LongRunLowGrayLevelEmphasis", "LongRunHighGrayLevelEmphasis");

    @Override
    public FeatureTable ibsiFeatures(DiscretisedImage levels, Set<TextureSpace> spaces) {
        return DirectionalAggregation.ibsi(this, levels, spaces);
    }

    @Override
    public List<String> featureStems() {
        return IBSI_STEMS;
    }

    @Override
    public int matrixLength(DiscretisedImage levels) {
        return levels.levelCount() * RunCounter.maxRun(levels);
    }

    @Override
    public void accumulate(DiscretisedImage levels, Offset direction, int slice, double[] matrix) {
        RunCounter.count(levels, direction, slice, matrix);
    }

    /**
     * IBSI features of one run length matrix (log base 2, 0·log 0 = 0):
     * <pre>
     * 22OV rlm_sre   Σ r_.j / j² / N_s            W4KF rlm_lre   Σ r_.j j² / N_s
     * V3SW rlm_lgre  Σ r_i. / i² / N_s            G3QZ rlm_hgre  Σ r_i. i² / N_s
     * HTZT rlm_srlge Σ r_ij / (i² j²) / N_s       GD3A rlm_srhge Σ r_ij i² / j² / N_s
     * IVPO rlm_lrlge Σ r_ij j² / i² / N_s         3KUM rlm_lrhge Σ r_ij i² j² / N_s
     * R5YN rlm_glnu  Σ r_i.² / N_s                OVBL rlm_glnu_norm Σ r_i.² / N_s²
     * W92Y rlm_rlnu  Σ r_.j² / N_s                IC23 rlm_rlnu_norm Σ r_.j² / N_s²
     * 9ZK5 rlm_r_perc N_s / N_v                   8CE5 rlm_gl_var Σ (i − μ_i)² p_ij, μ_i = Σ i p_ij
     * SXLW rlm_rl_var Σ (j − μ_j)² p_ij           HJ9O rlm_rl_entr −Σ p_ij log₂ p_ij
     * </pre>
     */
    @Override
    public double[] features(double[] matrix, DiscretisedImage levels, double voxels) {
        double[] v = values(matrix, levels.levelCount(), RunCounter.maxRun(levels), voxels, 0);
        return v;
    }

    /** The 16 features in IBSI order. */
    private static double[] values(double[] r, int ng, int maxRun, double voxels, double eps) {
        double ns = 0;
        double[] rowSum = new double[ng];
        double[] colSum = new double[maxRun];
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < maxRun; j++) {
                double v = r[i * maxRun + j];
                ns += v;
                rowSum[i] += v;
                colSum[j] += v;
            }
        }
        double sre = 0;
        double lre = 0;
        double lgre = 0;
        double hgre = 0;
        double srlge = 0;
        double srhge = 0;
        double lrlge = 0;
        double lrhge = 0;
        double glnu = 0;
        double rlnu = 0;
        double muI = 0;
        double muJ = 0;
        double entropy = 0;
        for (int j = 0; j < maxRun; j++) {
            double jj = (double) (j + 1) * (j + 1);
            sre += colSum[j] / jj;
            lre += colSum[j] * jj;
            rlnu += colSum[j] * colSum[j];
        }
        for (int i = 0; i < ng; i++) {
            double ii = (double) (i + 1) * (i + 1);
            lgre += rowSum[i] / ii;
            hgre += rowSum[i] * ii;
            glnu += rowSum[i] * rowSum[i];
            for (int j = 0; j < maxRun; j++) {
                double v = r[i * maxRun + j];
                if (v == 0) {
                    continue;
                }
                double jj = (double) (j + 1) * (j + 1);
                srlge += v / (ii * jj);
                srhge += v * ii / jj;
                lrlge += v * jj / ii;
                lrhge += v * ii * jj;
                double p = v / ns;
                muI += (i + 1) * p;
                muJ += (j + 1) * p;
                entropy -= p * Math.log(p + eps) / Math.log(2);
            }
        }
        double glVar = 0;
        double rlVar = 0;
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < maxRun; j++) {
                double v = r[i * maxRun + j];
                if (v == 0) {
                    continue;
                }
                double p = v / ns;
                glVar += (i + 1 - muI) * (i + 1 - muI) * p;
                rlVar += (j + 1 - muJ) * (j + 1 - muJ) * p;
            }
        }
        return new double[] {sre / ns, lre / ns, lgre / ns, hgre / ns, srlge / ns, srhge / ns, lrlge / ns,
            lrhge / ns, glnu / ns, glnu / (ns * ns), rlnu / ns, rlnu / (ns * ns), ns / voxels, glVar, rlVar, entropy};
    }

    @Override
    public String pyradiomicsClass() {
        return "glrlm";
    }

    /**
     * PyRadiomics glrlm features, each equal in definition to the IBSI feature of the same position in
     * {@link #features}: ShortRunEmphasis (22OV), LongRunEmphasis (W4KF), GrayLevelNonUniformity (R5YN),
     * GrayLevelNonUniformityNormalized (OVBL), RunLengthNonUniformity (W92Y), RunLengthNonUniformityNormalized (IC23),
     * RunPercentage (9ZK5), GrayLevelVariance (8CE5), RunVariance (SXLW), RunEntropy (HJ9O, with ε),
     * LowGrayLevelRunEmphasis (V3SW), HighGrayLevelRunEmphasis (G3QZ), ShortRunLowGrayLevelEmphasis (HTZT),
     * ShortRunHighGrayLevelEmphasis (GD3A), LongRunLowGrayLevelEmphasis (IVPO), LongRunHighGrayLevelEmphasis (3KUM).
     */
    @Override
    public FeatureTable pyradiomicsFeatures(DiscretisedImage levels, PyRadiomicsTextureOptions options) {
        RoiBounds bounds = RoiBounds.of(levels);
        int ng = levels.levelCount();
        int maxRun = RunCounter.maxRun(levels);
        int[] order = {0, 1, 8, 9, 10, 11, 12, 13, 14, 15, 2, 3, 4, 5, 6, 7};
        List<Offset> angles = PyRadiomicsAngles.of(bounds.size(), new int[] {1}, options.force2D(),
                options.force2DDimension());
        FeatureTable t = PyRadiomicsAngleAggregation.features(angles, angle -> {
            double[] m = new double[ng * maxRun];
            RunCounter.count(levels, angle, -1, m);
            return m;
        }, options.weighting(), angle -> options.weighting().runWeight(angle, levels.geometry().spacing()), m -> {
            // PyRadiomics' N_p = Σ j r_ij: the ROI voxels, times the summed weights when matrices are merged
            double voxels = 0;
            for (int x = 0; x < m.length; x++) {
                voxels += m[x] * (x % maxRun + 1);
            }
            double[] v = values(m, ng, maxRun, voxels, EPS);
            double[] out = new double[order.length];
            for (int f = 0; f < order.length; f++) {
                out[f] = v[order[f]];
            }
            return out;
        }, PYRADIOMICS_NAMES);
        return t;
    }
}
