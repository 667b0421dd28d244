package org.netradiomics.features.ngldm;

import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.texture.IbsiTextureFamily;
import org.netradiomics.features.texture.Neighbourhood;
import org.netradiomics.features.texture.Offset;
import org.netradiomics.features.texture.Offsets;
import org.netradiomics.features.texture.PairCountFeatures;
import org.netradiomics.features.texture.PairCounts;
import org.netradiomics.features.texture.PyRadiomicsTextureFamily;
import org.netradiomics.features.texture.PyRadiomicsTextureOptions;
import org.netradiomics.features.texture.RoiBounds;
import org.netradiomics.features.texture.ScopedAggregation;
import org.netradiomics.features.texture.PairCountFamily;
import org.netradiomics.features.texture.TextureSpace;

/**
 * Neighbouring grey level dependence matrix features (IBSI-1 section 3.11, NGLDM) and PyRadiomics' grey level
 * dependence matrix (class {@code gldm}), which is the same matrix: for each ROI voxel of level i, the dependence
 * j = 1 + number of ROI neighbours (Chebyshev distance 1; 26 in 3D, 8 in a slice) whose level differs from i by at
 * most α (IBSI α = 0; PyRadiomics {@code gldm_a}); s_ij counts voxels. Feature formulas in {@link PairCountFeatures}.
 */
public final class NeighbouringGreyLevelDependence extends PairCountFamily implements IbsiTextureFamily,
        PyRadiomicsTextureFamily {
    private static final List<String> IBSI_STEMS = List.of("ngl_lde", "ngl_hde", "ngl_lgce", "ngl_hgce",
            "ngl_ldlge", "ngl_ldhge", "ngl_hdlge", "ngl_hdhge", "ngl_glnu", "ngl_glnu_norm", "ngl_dcnu",
            "ngl_dcnu_norm", "ngl_dc_perc", "ngl_gl_var", "ngl_dc_var", "ngl_dc_entr", "ngl_dc_energy");
    private static final List<String> PYRADIOMICS_NAMES = List.of("SmallDependenceEmphasis",
            "LargeDependenceEmphasis", "GrayLevelNonUniformity", "DependenceNonUniformity",
            "DependenceNonUniformityNormalized", "GrayLevelVariance", "DependenceVariance", "DependenceEntropy",
            "LowGrayLevelEmphasis", "HighGrayLevelEmphasis", "SmallDependenceLowGrayLevelEmphasis",
            "SmallDependenceHighGrayLevelEmphasis", "LargeDependenceLowGrayLevelEmphasis",
            "LargeDependenceHighGrayLevelEmphasis");

    @Override
    public FeatureTable ibsiFeatures(DiscretisedImage levels, Set<TextureSpace> spaces) {
        return ScopedAggregation.ibsi(this, levels, spaces);
    }

    @Override
    public List<String> featureStems() {
        return IBSI_STEMS;
    }

    @Override
    public void accumulate(DiscretisedImage levels, int slice, PairCounts m) {
        count(levels, Offsets.neighbours(slice < 0 ? TextureSpace.THREE_D : TextureSpace.TWO_D), slice, 0, m);
    }

    private static void count(DiscretisedImage levels, List<Offset> offsets, int slice, double alpha, PairCounts m) {
        Neighbourhood.forEach(levels, offsets, slice, (level, neighbours, count) -> {
            int dependent = 1;
            for (int n = 0; n < count; n++) {
                if (Math.abs(neighbours[n] - level) <= alpha) {
                    dependent++;
                }
            }
            m.add(level, dependent, 1);
        });
    }

    /**
     * IBSI features (i = grey level, j = dependence count): SODN ngl_lde low dependence emphasis, IMOQ ngl_hde high
     * dependence emphasis, TL9H ngl_lgce low grey level count emphasis, OAE7 ngl_hgce, EQ3F ngl_ldlge, JA6D ngl_ldhge,
     * NBZI ngl_hdlge, 9QMG ngl_hdhge, FP8K ngl_glnu, 5SPA ngl_glnu_norm, Z87G ngl_dcnu dependence count
     * non-uniformity, OKJI ngl_dcnu_norm, 6XV8 ngl_dc_perc N_s / N_v, 1PFV ngl_gl_var, DNX2 ngl_dc_var, FCBV
     * ngl_dc_entr dependence count entropy, CAS9 ngl_dc_energy Σ p_ij².
     */
    @Override
    public double[] features(PairCounts m, DiscretisedImage levels, double voxels) {
        PairCountFeatures f = PairCountFeatures.of(m, voxels, 0);
        double[] zone = f.zoneOrder();
        double[] out = java.util.Arrays.copyOf(zone, 17);
        out[16] = f.energy();
        return out;
    }

    @Override
    public String pyradiomicsClass() {
        return "gldm";
    }

    /**
     * PyRadiomics gldm features, same definitions as the IBSI ones (SmallDependenceEmphasis = SODN, ...,
     * DependenceEntropy = FCBV with ε), neighbourhood from {@code distances} and {@code force2D}, α = {@code gldm_a}.
     */
    @Override
    public FeatureTable pyradiomicsFeatures(DiscretisedImage levels, PyRadiomicsTextureOptions options) {
        RoiBounds bounds = RoiBounds.of(levels);
        PairCounts m = new PairCounts();
        count(levels, Neighbourhood.offsets(options.distances(), options.force2D()), -1, options.gldmAlpha(), m);
        PairCountFeatures f = PairCountFeatures.of(m, bounds.voxels(), Math.ulp(1.0));
        double[] v = {f.smallEmphasis(), f.largeEmphasis(), f.greyNonUniformity(), f.valueNonUniformity(),
            f.valueNonUniformityNormalised(), f.greyVariance(), f.valueVariance(), f.entropy(), f.lowGreyEmphasis(),
            f.highGreyEmphasis(), f.smallLow(), f.smallHigh(), f.largeLow(), f.largeHigh()};
        FeatureTable t = new FeatureTable();
        for (int k = 0; k < v.length; k++) {
            t.put(PYRADIOMICS_NAMES.get(k), v[k]);
        }
        return t;
    }
}
