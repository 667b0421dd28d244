package org.netradiomics.features.glcm;

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

/**
 * Grey level co-occurrence matrix features (IBSI-1 section 3.6, PyRadiomics class {@code glcm}). IBSI: symmetric
 * matrices at Chebyshev distance 1, aggregated in the six IBSI ways by {@link DirectionalAggregation}. PyRadiomics:
 * one matrix per angle of {@link PyRadiomicsAngles} (symmetrised when {@code symmetricalGLCM}), features averaged over
 * the non-empty angles (or, with a {@code weightingNorm}, features of the weighted sum of the angle matrices), ignoring NaN, with ε in the logarithms and N_g = the highest grey level in the ROI.
 */
public final class GreyLevelCooccurrence implements DirectionalFamily, IbsiTextureFamily, PyRadiomicsTextureFamily {
    private static final double PYRADIOMICS_EPS = Math.ulp(1.0);
    private static final List<String> IBSI_STEMS = List.of("cm_joint_max", "cm_joint_avg", "cm_joint_var",
            "cm_joint_entr", "cm_diff_avg", "cm_diff_var", "cm_diff_entr", "cm_sum_avg", "cm_sum_var", "cm_sum_entr",
            "cm_energy", "cm_contrast", "cm_dissimilarity", "cm_inv_diff", "cm_inv_diff_norm", "cm_inv_diff_mom",
            "cm_inv_diff_mom_norm", "cm_inv_var", "cm_corr", "cm_auto_corr", "cm_clust_tend", "cm_clust_shade",
            "cm_clust_prom", "cm_info_corr1", "cm_info_corr2");
    private static final List<String> PYRADIOMICS_NAMES = List.of("Autocorrelation", "JointAverage",
            "ClusterProminence", "ClusterShade", "ClusterTendency", "Contrast", "Correlation", "DifferenceAverage",
            "DifferenceEntropy", "DifferenceVariance", "JointEnergy", "JointEntropy", "Imc1", "Imc2", "Idm", "MCC",
            "Idmn", "Id", "Idn", "InverseVariance", "MaximumProbability", "SumAverage", "SumEntropy", "SumSquares");

    @Override
    public FeatureTable ibsiFeatures(DiscretisedImage levels, Set<org.netradiomics.features.texture.TextureSpace> spaces) {
        return DirectionalAggregation.ibsi(this, levels, spaces);
    }

    @Override
    public List<String> featureStems() {
        return IBSI_STEMS;
    }

    @Override
    public int matrixLength(DiscretisedImage levels) {
        return levels.levelCount() * levels.levelCount();
    }

    @Override
    public void accumulate(DiscretisedImage levels, Offset direction, int slice, double[] matrix) {
        CooccurrenceCounter.count(levels, direction, slice, levels.levelCount(), true, matrix);
    }

    /**
     * IBSI features of one symmetric matrix (N_g = number of discretised levels; 0·log 0 = 0):
     * <pre>
     * GYBY cm_joint_max        max p_ij                       60VM cm_joint_avg      μ = Σ i p_ij
     * UR99 cm_joint_var        Σ (i − μ)² p_ij                TU9B cm_joint_entr     −Σ p_ij log₂ p_ij
     * TF7R cm_diff_avg         μ_d = Σ k p_{x−y}(k)           D3YU cm_diff_var       Σ (k − μ_d)² p_{x−y}(k)
     * NTRS cm_diff_entr        −Σ p_{x−y} log₂ p_{x−y}        ZGXS cm_sum_avg        μ_s = Σ k p_{x+y}(k)
     * OEEB cm_sum_var          Σ (k − μ_s)² p_{x+y}(k)        P6QZ cm_sum_entr       −Σ p_{x+y} log₂ p_{x+y}
     * 8ZQL cm_energy           Σ p_ij²                        ACUI cm_contrast       Σ (i − j)² p_ij
     * 8S9J cm_dissimilarity    Σ |i − j| p_ij                 IB1Z cm_inv_diff       Σ p_{x−y}(k) / (1 + k)
     * NDRX cm_inv_diff_norm    Σ p_{x−y}(k) / (1 + k/N_g)     WF0Z cm_inv_diff_mom   Σ p_{x−y}(k) / (1 + k²)
     * 1QCO cm_inv_diff_mom_norm Σ p_{x−y}(k) / (1 + k²/N_g²)  E8JP cm_inv_var        Σ_{k≥1} p_{x−y}(k) / k²
     * NI2N cm_corr             Σ (i − μ_x)(j − μ_y) p_ij / (σ_x σ_y)
     * QWB0 cm_auto_corr        Σ i j p_ij                     DG8W cm_clust_tend     Σ (i + j − μ_x − μ_y)² p_ij
     * 7NFM cm_clust_shade      Σ (i + j − μ_x − μ_y)³ p_ij    AE86 cm_clust_prom     Σ (i + j − μ_x − μ_y)⁴ p_ij
     * R8DG cm_info_corr1       (HXY − HXY1) / HX              JN9H cm_info_corr2     √(1 − e^{−2(HXY2 − HXY)})
     * </pre>
     * with HX = −Σ p_x log₂ p_x, HXY = joint entropy, HXY1 = −Σ p_ij log₂(p_x(i) p_y(j)),
     * HXY2 = −Σ p_x(i) p_y(j) log₂(p_x(i) p_y(j)).
     */
    @Override
    public double[] features(double[] matrix, DiscretisedImage levels, double voxels) {
        CooccurrenceStatistics s = CooccurrenceStatistics.of(matrix, levels.levelCount(), levels.levelCount(), 0);
        double hxy = s.jointEntropy;
        return new double[] {s.jointMax, s.jointAvg, s.jointVar, hxy, s.diffAvg, s.diffVar, s.diffEntropy, s.sumAvg,
            s.sumVar, s.sumEntropy, s.energy, s.contrast, s.diffAvg, s.invDiff, s.invDiffNorm, s.invDiffMom,
            s.invDiffMomNorm, s.invVar, s.covariance / (s.sigmaX * s.sigmaY), s.autoCorr, s.clusterTendency,
            s.clusterShade, s.clusterProminence, (hxy - s.hxy1) / s.hx,
            Math.sqrt(Math.max(0, 1 - Math.exp(-2 * (s.hxy2 - hxy))))};
    }

    @Override
    public String pyradiomicsClass() {
        return "glcm";
    }

    /**
     * PyRadiomics glcm features (names as PyRadiomics 3.1; IBSI equivalents in brackets): Autocorrelation (QWB0),
     * JointAverage (60VM), ClusterProminence (AE86), ClusterShade (7NFM), ClusterTendency (DG8W), Contrast (ACUI),
     * Correlation (NI2N; 1 when σ_x σ_y = 0), DifferenceAverage (TF7R), DifferenceEntropy (NTRS), DifferenceVariance
     * (D3YU), JointEnergy (8ZQL), JointEntropy (TU9B), Imc1 ((HXY − HXY1)/max(HX, HY), R8DG; 0 when both are 0), Imc2
     * (JN9H; 0 when HXY2 = HXY), Idm (WF0Z), MCC (√ second eigenvalue of Q, no IBSI code), Idmn (1QCO), Id (IB1Z),
     * Idn (NDRX), InverseVariance (E8JP), MaximumProbability (GYBY), SumAverage (ZGXS), SumEntropy (P6QZ),
     * SumSquares (Σ (i − μ_x)² p_ij, UR99). N_g in Idn/Idmn is the highest grey level present.
     */
    @Override
    public FeatureTable pyradiomicsFeatures(DiscretisedImage levels, PyRadiomicsTextureOptions options) {
        RoiBounds bounds = RoiBounds.of(levels);
        int ng = levels.levelCount();
        int maxLevel = RoiBounds.maxLevel(levels);
        List<Offset> angles = PyRadiomicsAngles.of(bounds.size(), options.distances(), options.force2D(),
                options.force2DDimension());
        FeatureTable t = PyRadiomicsAngleAggregation.features(angles, angle -> {
            double[] m = new double[ng * ng];
            CooccurrenceCounter.count(levels, angle, -1, ng, options.symmetricalGlcm(), m);
            return m;
        }, options.weighting(), angle -> options.weighting().weight(angle, levels.geometry().spacing()),
                m -> pyradiomicsValues(CooccurrenceStatistics.of(m, ng, maxLevel, PYRADIOMICS_EPS)), PYRADIOMICS_NAMES);
        return t;
    }

    private static double[] pyradiomicsValues(CooccurrenceStatistics s) {
        double hxy = s.jointEntropy;
        double sxy = s.sigmaX * s.sigmaY;
        double corr = sxy == 0 ? 1 : s.covariance / (sxy + PYRADIOMICS_EPS);
        double div = Math.max(s.hx, s.hy);
        double imc1 = div == 0 ? 0 : (hxy - s.hxy1) / div;
        double imc2 = s.hxy2 == hxy ? 0 : Math.sqrt(1 - Math.exp(-2 * (s.hxy2 - hxy)));
        return new double[] {s.autoCorr, s.jointAvg, s.clusterProminence, s.clusterShade, s.clusterTendency,
            s.contrast, corr, s.diffAvg, s.diffEntropy, s.diffVar, s.energy, hxy, imc1, imc2, s.invDiffMom,
            MaximalCorrelation.of(s), s.invDiffMomNorm, s.invDiff, s.invDiffNorm, s.invVar, s.jointMax, s.sumAvg,
            s.sumEntropy, s.jointVar};
    }
}
