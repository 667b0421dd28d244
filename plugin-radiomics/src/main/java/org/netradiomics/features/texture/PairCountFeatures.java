package org.netradiomics.features.texture;

import java.util.HashMap;
import java.util.Map;

/**
 * The features that GLSZM, GLDZM and NGLDM share, computed from a {@link PairCounts} matrix m_ij (i = grey level,
 * j = zone size, zone distance or dependence count), N_s = Σ m_ij, m_i. = Σ_j m_ij, m_.j = Σ_i m_ij,
 * p_ij = m_ij / N_s:
 * <pre>
 *   small (j) emphasis   Σ m_.j / j² / N_s            large (j) emphasis   Σ m_.j j² / N_s
 *   low grey emphasis    Σ m_i. / i² / N_s            high grey emphasis   Σ m_i. i² / N_s
 *   small-low            Σ m_ij / (i² j²) / N_s       small-high           Σ m_ij i² / j² / N_s
 *   large-low            Σ m_ij j² / i² / N_s         large-high           Σ m_ij i² j² / N_s
 *   grey non-uniformity  Σ m_i.² / N_s (normalised: / N_s²)
 *   j non-uniformity     Σ m_.j² / N_s (normalised: / N_s²)
 *   percentage           N_s / N_v
 *   grey variance        Σ (i − μ_i)² p_ij            j variance           Σ (j − μ_j)² p_ij
 *   entropy              −Σ p_ij log₂(p_ij + ε)       energy               Σ p_ij²
 * </pre>
 * (IBSI: ε = 0 with 0 · log 0 = 0; PyRadiomics: ε = 2.2·10⁻¹⁶.)
 */
public record PairCountFeatures(double smallEmphasis, double largeEmphasis, double lowGreyEmphasis,
        double highGreyEmphasis, double smallLow, double smallHigh, double largeLow, double largeHigh,
        double greyNonUniformity, double greyNonUniformityNormalised, double valueNonUniformity,
        double valueNonUniformityNormalised, double percentage, double greyVariance, double valueVariance,
        double entropy, double energy) {

    /** Features of {@code m} over {@code voxels} ROI voxels. */
    public static PairCountFeatures of(PairCounts m, double voxels, double eps) {
        double[] acc = new double[12];
        Map<Integer, Double> rows = new HashMap<>();
        Map<Integer, Double> cols = new HashMap<>();
        m.forEach((i, j, c) -> {
            double ii = (double) i * i;
            double jj = (double) j * j;
            acc[0] += c;
            acc[1] += c / jj;
            acc[2] += c * jj;
            acc[3] += c / ii;
            acc[4] += c * ii;
            acc[5] += c / (ii * jj);
            acc[6] += c * ii / jj;
            acc[7] += c * jj / ii;
            acc[8] += c * ii * jj;
            acc[9] += c * i;
            acc[10] += c * j;
            rows.merge(i, c, Double::sum);
            cols.merge(j, c, Double::sum);
        });
        double ns = acc[0];
        double muI = acc[9] / ns;
        double muJ = acc[10] / ns;
        double[] second = new double[4];
        m.forEach((i, j, c) -> {
            double p = c / ns;
            second[0] += (i - muI) * (i - muI) * p;
            second[1] += (j - muJ) * (j - muJ) * p;
            second[2] -= p * Math.log(p + eps) / Math.log(2);
            second[3] += p * p;
        });
        double glnu = rows.values().stream().mapToDouble(v -> v * v).sum();
        double jnu = cols.values().stream().mapToDouble(v -> v * v).sum();
        return new PairCountFeatures(acc[1] / ns, acc[2] / ns, acc[3] / ns, acc[4] / ns, acc[5] / ns, acc[6] / ns,
                acc[7] / ns, acc[8] / ns, glnu / ns, glnu / (ns * ns), jnu / ns, jnu / (ns * ns), ns / voxels,
                second[0], second[1], second[2], second[3]);
    }

    /** The 16 features in the IBSI order of GLSZM/GLDZM (sze, lze, lgze, hgze, ..., zs_entr). */
    public double[] zoneOrder() {
        return new double[] {smallEmphasis, largeEmphasis, lowGreyEmphasis, highGreyEmphasis, smallLow, smallHigh,
            largeLow, largeHigh, greyNonUniformity, greyNonUniformityNormalised, valueNonUniformity,
            valueNonUniformityNormalised, percentage, greyVariance, valueVariance, entropy};
    }
}
