package org.netradiomics.features.ngtdm;

import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.texture.IbsiTextureFamily;
import org.netradiomics.features.texture.Neighbourhood;
import org.netradiomics.features.texture.Offset;
import org.netradiomics.features.texture.Offsets;
import org.netradiomics.features.texture.PyRadiomicsTextureFamily;
import org.netradiomics.features.texture.PyRadiomicsTextureOptions;
import org.netradiomics.features.texture.RoiBounds;
import org.netradiomics.features.texture.ScopedAggregation;
import org.netradiomics.features.texture.ScopedFamily;
import org.netradiomics.features.texture.TextureSpace;

/**
 * Neighbourhood grey tone difference matrix features (IBSI-1 section 3.10, PyRadiomics class {@code ngtdm}). For each
 * ROI voxel of level i with W_k &gt; 0 ROI neighbours (Chebyshev distance 1; 26 in 3D, 8 in a slice) of mean level
 * X̄_k: n_i += 1, s_i += |i − X̄_k|. p_i = n_i / N_vc, N_vc = Σ n_i, N_gp = number of levels with p_i &gt; 0.
 * IBSI leaves out voxels without ROI neighbours; PyRadiomics counts them in n_i with s_i += 0, and returns 10⁶ for
 * coarseness and 0 for contrast, busyness and strength when their denominators are 0.
 */
public final class NeighbourhoodGreyToneDifference implements ScopedFamily<double[]>, IbsiTextureFamily,
        PyRadiomicsTextureFamily {
    private static final List<String> IBSI_STEMS = List.of("ngt_coarseness", "ngt_contrast", "ngt_busyness",
            "ngt_complexity", "ngt_strength");
    private static final List<String> PYRADIOMICS_NAMES = List.of("Coarseness", "Contrast", "Busyness",
            "Complexity", "Strength");

    @Override
    public FeatureTable ibsiFeatures(DiscretisedImage levels, Set<TextureSpace> spaces) {
        return ScopedAggregation.ibsi(this, levels, spaces);
    }

    @Override
    public List<String> featureStems() {
        return IBSI_STEMS;
    }

    @Override
    public double[] empty(DiscretisedImage levels) {
        return new double[2 * levels.levelCount()];
    }

    @Override
    public void accumulate(DiscretisedImage levels, int slice, double[] acc) {
        List<Offset> offsets = Offsets.neighbours(slice < 0 ? TextureSpace.THREE_D : TextureSpace.TWO_D);
        count(levels, offsets, slice, false, acc);
    }

    private static void count(DiscretisedImage levels, List<Offset> offsets, int slice, boolean countIsolated,
            double[] acc) {
        int ng = acc.length / 2;
        Neighbourhood.forEach(levels, offsets, slice, (level, neighbours, count) -> {
            if (count == 0) {
                if (countIsolated) {
                    acc[level - 1]++;
                }
                return;
            }
            double sum = 0;
            for (int n = 0; n < count; n++) {
                sum += neighbours[n];
            }
            acc[level - 1]++;
            acc[ng + level - 1] += Math.abs(level - sum / count);
        });
    }

    @Override
    public void merge(double[] into, double[] from) {
        for (int x = 0; x < into.length; x++) {
            into[x] += from[x];
        }
    }

    @Override
    public boolean isEmpty(double[] acc) {
        for (int x = 0; x < acc.length / 2; x++) {
            if (acc[x] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * IBSI features:
     * <pre>
     * QCDE ngt_coarseness  1 / Σ p_i s_i
     * 65HE ngt_contrast    [Σ_i Σ_j p_i p_j (i − j)² / (N_gp (N_gp − 1))] · Σ s_i / N_vc
     * NQ30 ngt_busyness    Σ p_i s_i / Σ_i Σ_j |i p_i − j p_j|                  (p_i, p_j &gt; 0)
     * HDEZ ngt_complexity  Σ_i Σ_j |i − j| (p_i s_i + p_j s_j) / (p_i + p_j) / N_vc (p_i, p_j &gt; 0)
     * 1X9X ngt_strength    Σ_i Σ_j (p_i + p_j)(i − j)² / Σ s_i                 (p_i, p_j &gt; 0)
     * </pre>
     */
    @Override
    public double[] features(double[] acc, DiscretisedImage levels, double voxels) {
        return values(acc, false);
    }

    private static double[] values(double[] acc, boolean pyradiomics) {
        int ng = acc.length / 2;
        double nvc = 0;
        double sumS = 0;
        int ngp = 0;
        for (int i = 0; i < ng; i++) {
            nvc += acc[i];
            sumS += acc[ng + i];
            ngp += acc[i] > 0 ? 1 : 0;
        }
        double ps = 0;
        double contrast = 0;
        double busyDen = 0;
        double complexity = 0;
        double strength = 0;
        for (int i = 0; i < ng; i++) {
            double pi = acc[i] / nvc;
            if (pi == 0) {
                continue;
            }
            double si = acc[ng + i];
            ps += pi * si;
            for (int j = 0; j < ng; j++) {
                double pj = acc[j] / nvc;
                if (pj == 0) {
                    continue;
                }
                double sj = acc[ng + j];
                double d = i - j;
                contrast += pi * pj * d * d;
                busyDen += Math.abs((i + 1) * pi - (j + 1) * pj);
                complexity += Math.abs(d) * (pi * si + pj * sj) / (pi + pj);
                strength += (pi + pj) * d * d;
            }
        }
        double coarseness = 1 / ps;
        double contrastValue = contrast / (ngp * (ngp - 1.0)) * sumS / nvc;
        double busyness = ps / busyDen;
        double strengthValue = strength / sumS;
        if (pyradiomics) {
            coarseness = ps == 0 ? 1e6 : coarseness;
            contrastValue = ngp <= 1 ? 0 : contrastValue;
            busyness = busyDen == 0 ? 0 : busyness;
            strengthValue = sumS == 0 ? 0 : strengthValue;
        }
        return new double[] {coarseness, contrastValue, busyness, complexity / nvc, strengthValue};
    }

    @Override
    public String pyradiomicsClass() {
        return "ngtdm";
    }

    /** PyRadiomics ngtdm features (Coarseness QCDE, Contrast 65HE, Busyness NQ30, Complexity HDEZ, Strength 1X9X). */
    @Override
    public FeatureTable pyradiomicsFeatures(DiscretisedImage levels, PyRadiomicsTextureOptions options) {
        RoiBounds.of(levels);
        double[] acc = empty(levels);
        count(levels, Neighbourhood.offsets(options.distances(), options.force2D()), -1, true, acc);
        double[] v = values(acc, true);
        FeatureTable t = new FeatureTable();
        for (int f = 0; f < v.length; f++) {
            t.put(PYRADIOMICS_NAMES.get(f), v[f]);
        }
        return t;
    }
}
