package org.netradiomics.features.glszm;

import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.texture.IbsiTextureFamily;
import org.netradiomics.features.texture.PairCountFeatures;
import org.netradiomics.features.texture.PairCounts;
import org.netradiomics.features.texture.PyRadiomicsTextureFamily;
import org.netradiomics.features.texture.PyRadiomicsTextureOptions;
import org.netradiomics.features.texture.RoiBounds;
import org.netradiomics.features.texture.ScopedAggregation;
import org.netradiomics.features.texture.PairCountFamily;
import org.netradiomics.features.texture.TextureSpace;
import org.netradiomics.features.texture.Zones;

/**
 * Grey level size zone matrix features (IBSI-1 section 3.8, PyRadiomics class {@code glszm}): s_ij = number of
 * zones ({@link Zones}: 26-connected in 3D, 8-connected in a slice) of grey level i and size j. IBSI aggregates per
 * slice (2D), merged over slices (2.5D) or in 3D; PyRadiomics uses the 3D matrix, or with force2D the slice
 * zones merged (the 2.5D matrix), with ε in the entropy.
 */
public final class GreyLevelSizeZone extends PairCountFamily implements IbsiTextureFamily,
        PyRadiomicsTextureFamily {
    private static final List<String> IBSI_STEMS = List.of("szm_sze", "szm_lze", "szm_lgze", "szm_hgze",
            "szm_szlge", "szm_szhge", "szm_lzlge", "szm_lzhge", "szm_glnu", "szm_glnu_norm", "szm_zsnu",
            "szm_zsnu_norm", "szm_z_perc", "szm_gl_var", "szm_zs_var", "szm_zs_entr");
    private static final List<String> PYRADIOMICS_NAMES = List.of("SmallAreaEmphasis", "LargeAreaEmphasis",
            "GrayLevelNonUniformity", "GrayLevelNonUniformityNormalized", "SizeZoneNonUniformity",
            "SizeZoneNonUniformityNormalized", "ZonePercentage", "GrayLevelVariance", "ZoneVariance", "ZoneEntropy",
            "LowGrayLevelZoneEmphasis", "HighGrayLevelZoneEmphasis", "SmallAreaLowGrayLevelEmphasis",
            "SmallAreaHighGrayLevelEmphasis", "LargeAreaLowGrayLevelEmphasis", "LargeAreaHighGrayLevelEmphasis");

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
        Zones.forEach(levels, slice, (level, size, voxels) -> m.add(level, size, 1));
    }

    /**
     * IBSI features (i = grey level, j = zone size; formulas in {@link PairCountFeatures}): 5QRC szm_sze small zone
     * emphasis, 48P8 szm_lze large zone emphasis, XMSY szm_lgze low grey level zone emphasis, 5GN9 szm_hgze high grey
     * level zone emphasis, 5RAI szm_szlge, HW1V szm_szhge, YH51 szm_lzlge, J17V szm_lzhge, JNSA szm_glnu grey level
     * non-uniformity, Y1RO szm_glnu_norm, 4JP3 szm_zsnu zone size non-uniformity, VB3A szm_zsnu_norm, P30P szm_z_perc
     * zone percentage N_s / N_v, BYLV szm_gl_var grey level variance, 3NSA szm_zs_var zone size variance, GU8N
     * szm_zs_entr zone size entropy.
     */
    @Override
    public double[] features(PairCounts m, DiscretisedImage levels, double voxels) {
        return PairCountFeatures.of(m, voxels, 0).zoneOrder();
    }

    @Override
    public String pyradiomicsClass() {
        return "glszm";
    }

    /** PyRadiomics glszm features, same definitions as the IBSI features of {@link #features} (entropy with ε). */
    @Override
    public FeatureTable pyradiomicsFeatures(DiscretisedImage levels, PyRadiomicsTextureOptions options) {
        RoiBounds bounds = RoiBounds.of(levels);
        PairCounts m = new PairCounts();
        if (options.force2D() && options.force2DDimension() == 0) {
            for (int k = bounds.kMin(); k <= bounds.kMax(); k++) {
                accumulate(levels, k, m);
            }
        } else if (options.force2D()) {
            throw new org.netradiomics.volume.InvalidInputException("force2Ddimension " + options.force2DDimension()
                    + " (non-axial 2D extraction) is not supported for glszm; use 0 (axial) or 3D");
        } else {
            accumulate(levels, -1, m);
        }
        double[] v = PairCountFeatures.of(m, bounds.voxels(), Math.ulp(1.0)).zoneOrder();
        int[] order = {0, 1, 8, 9, 10, 11, 12, 13, 14, 15, 2, 3, 4, 5, 6, 7};
        FeatureTable t = new FeatureTable();
        for (int f = 0; f < order.length; f++) {
            t.put(PYRADIOMICS_NAMES.get(f), v[order[f]]);
        }
        return t;
    }
}
