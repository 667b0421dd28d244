package org.netradiomics.features.gldzm;

import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.texture.IbsiTextureFamily;
import org.netradiomics.features.texture.PairCountFeatures;
import org.netradiomics.features.texture.PairCounts;
import org.netradiomics.features.texture.ScopedAggregation;
import org.netradiomics.features.texture.PairCountFamily;
import org.netradiomics.features.texture.TextureSpace;
import org.netradiomics.features.texture.Zones;

/**
 * Grey level distance zone matrix features (IBSI-1 section 3.9; PyRadiomics has no GLDZM): d_ij = number of zones
 * (as GLSZM: 26-connected in 3D, 8-connected in a slice, from the intensity mask) of grey level i whose smallest
 * {@link BorderDistance} to the edge of the morphological mask is j (6-connected in 3D, 4-connected in a slice).
 * Without a separate morphological mask, the ROI of the grey levels is used.
 */
public final class GreyLevelDistanceZone extends PairCountFamily implements IbsiTextureFamily {
    private static final List<String> IBSI_STEMS = List.of("dzm_sde", "dzm_lde", "dzm_lgze", "dzm_hgze",
            "dzm_sdlge", "dzm_sdhge", "dzm_ldlge", "dzm_ldhge", "dzm_glnu", "dzm_glnu_norm", "dzm_zdnu",
            "dzm_zdnu_norm", "dzm_z_perc", "dzm_gl_var", "dzm_zd_var", "dzm_zd_entr");
    private final boolean[] morphologicalMask;
    private int[] distance3d;
    private int[] distance2d;

    /** Uses the grey-level ROI as morphological mask. */
    public GreyLevelDistanceZone() {
        this(null);
    }

    /** Uses {@code morphologicalMask} (on the grey levels' grid) for the distance map. */
    public GreyLevelDistanceZone(boolean[] morphologicalMask) {
        this.morphologicalMask = morphologicalMask;
    }

    @Override
    public FeatureTable ibsiFeatures(DiscretisedImage levels, Set<TextureSpace> spaces) {
        boolean[] mask = morphologicalMask;
        if (mask == null) {
            mask = new boolean[levels.levels().length];
            for (int v = 0; v < mask.length; v++) {
                mask[v] = levels.levels()[v] > 0;
            }
        }
        int nx = levels.geometry().nx();
        int ny = levels.geometry().ny();
        int nz = levels.geometry().nz();
        GreyLevelDistanceZone withMaps = new GreyLevelDistanceZone(mask);
        withMaps.distance3d = BorderDistance.of(mask, nx, ny, nz, false);
        withMaps.distance2d = BorderDistance.of(mask, nx, ny, nz, true);
        return ScopedAggregation.ibsi(withMaps, levels, spaces);
    }

    @Override
    public List<String> featureStems() {
        return IBSI_STEMS;
    }

    @Override
    public void accumulate(DiscretisedImage levels, int slice, PairCounts m) {
        int[] dist = slice < 0 ? distance3d : distance2d;
        Zones.forEach(levels, slice, (level, size, voxels) -> {
            int min = Integer.MAX_VALUE;
            for (int n = 0; n < size; n++) {
                int d = dist[voxels[n]];
                if (d > 0) {
                    min = Math.min(min, d);
                }
            }
            // a zone voxel outside the morphological mask is treated as lying on its edge
            m.add(level, min == Integer.MAX_VALUE ? 1 : min, 1);
        });
    }

    /**
     * IBSI features (i = grey level, j = zone distance; formulas in {@link PairCountFeatures}): 0GBI dzm_sde small
     * distance emphasis Σ d_.j / j² / N_s, MB4I dzm_lde large distance emphasis, S1RA dzm_lgze, K26C dzm_hgze, RUVG
     * dzm_sdlge, DKNJ dzm_sdhge, A7WM dzm_ldlge, KLTH dzm_ldhge, VFT7 dzm_glnu, 7HP3 dzm_glnu_norm, V294 dzm_zdnu zone
     * distance non-uniformity, IATH dzm_zdnu_norm, VIWW dzm_z_perc, QK93 dzm_gl_var, 7WT1 dzm_zd_var, GBDU dzm_zd_entr.
     */
    @Override
    public double[] features(PairCounts m, DiscretisedImage levels, double voxels) {
        return PairCountFeatures.of(m, voxels, 0).zoneOrder();
    }
}
