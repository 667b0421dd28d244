package org.netradiomics.features.glcm;

/**
 * Features of one grey-level co-occurrence matrix (IBSI-1 section 3.6 and PyRadiomics 3.1 glcm). With p_ij the
 * normalised matrix (i, j = grey levels 1..N_g), p_x(i) = Σ_j p_ij, p_y(j) = Σ_i p_ij, μ_x = Σ i p_ij,
 * μ_y = Σ j p_ij, σ_x² = Σ (i − μ_x)² p_ij, p_{x−y}(k) = Σ_{|i−j|=k} p_ij (k = 0..N_g−1),
 * p_{x+y}(k) = Σ_{i+j=k} p_ij (k = 2..2N_g), entropies in bits. IBSI uses 0·log 0 = 0; PyRadiomics adds
 * ε = 2.2·10⁻¹⁶ inside every logarithm ({@code eps}).
 */
final class CooccurrenceStatistics {
    double jointMax;
    double jointAvg;
    double jointVar;
    double jointEntropy;
    double diffAvg;
    double diffVar;
    double diffEntropy;
    double sumAvg;
    double sumVar;
    double sumEntropy;
    double energy;
    double contrast;
    double invDiff;
    double invDiffNorm;
    double invDiffMom;
    double invDiffMomNorm;
    double invVar;
    double sigmaX;
    double sigmaY;
    double covariance;
    double autoCorr;
    double clusterTendency;
    double clusterShade;
    double clusterProminence;
    double hx;
    double hy;
    double hxy1;
    double hxy2;
    double[] p;
    double[] px;
    double[] py;
    int ng;

    /**
     * Statistics of the counts {@code m} (flat N_g × N_g); {@code normLevels} is the N_g of the normalised inverse
     * differences (IBSI: the number of discretised levels; PyRadiomics: the highest level present).
     */
    static CooccurrenceStatistics of(double[] m, int ng, double normLevels, double eps) {
        CooccurrenceStatistics s = new CooccurrenceStatistics();
        s.ng = ng;
        double total = 0;
        for (double v : m) {
            total += v;
        }
        double[] p = new double[m.length];
        for (int x = 0; x < m.length; x++) {
            p[x] = m[x] / total;
        }
        s.p = p;
        s.px = new double[ng];
        s.py = new double[ng];
        double[] diff = new double[ng];
        double[] sum = new double[2 * ng + 1];
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < ng; j++) {
                double v = p[i * ng + j];
                if (v == 0) {
                    continue;
                }
                s.px[i] += v;
                s.py[j] += v;
                diff[Math.abs(i - j)] += v;
                sum[i + j + 2] += v;
                s.jointMax = Math.max(s.jointMax, v);
                s.jointAvg += (i + 1) * v;
                s.energy += v * v;
                s.contrast += (double) (i - j) * (i - j) * v;
                s.autoCorr += (double) (i + 1) * (j + 1) * v;
                s.jointEntropy -= v * log2(v + eps);
            }
        }
        double muY = 0;
        for (int j = 0; j < ng; j++) {
            muY += (j + 1) * s.py[j];
        }
        double muX = s.jointAvg;
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < ng; j++) {
                double v = p[i * ng + j];
                if (v == 0) {
                    continue;
                }
                double di = i + 1 - muX;
                double dj = j + 1 - muY;
                double c = i + j + 2 - muX - muY;
                s.jointVar += di * di * v;
                s.sigmaY += dj * dj * v;
                s.covariance += di * dj * v;
                s.clusterTendency += c * c * v;
                s.clusterShade += c * c * c * v;
                s.clusterProminence += c * c * c * c * v;
                s.hxy1 -= v * log2(s.px[i] * s.py[j] + eps);
            }
        }
        s.sigmaX = Math.sqrt(s.jointVar);
        s.sigmaY = Math.sqrt(s.sigmaY);
        for (int i = 0; i < ng; i++) {
            s.hx -= s.px[i] * log2(s.px[i] + eps);
            s.hy -= s.py[i] * log2(s.py[i] + eps);
            for (int j = 0; j < ng; j++) {
                double q = s.px[i] * s.py[j];
                s.hxy2 -= q * log2(q + eps);
            }
        }
        for (int k = 0; k < ng; k++) {
            s.diffAvg += k * diff[k];
            s.diffEntropy -= diff[k] * log2(diff[k] + eps);
            s.invDiff += diff[k] / (1 + k);
            s.invDiffNorm += diff[k] / (1 + k / normLevels);
            s.invDiffMom += diff[k] / (1 + (double) k * k);
            s.invDiffMomNorm += diff[k] / (1 + (double) k * k / (normLevels * normLevels));
            if (k > 0) {
                s.invVar += diff[k] / ((double) k * k);
            }
        }
        for (int k = 0; k < ng; k++) {
            s.diffVar += (k - s.diffAvg) * (k - s.diffAvg) * diff[k];
        }
        for (int k = 2; k <= 2 * ng; k++) {
            s.sumAvg += k * sum[k];
            s.sumEntropy -= sum[k] * log2(sum[k] + eps);
        }
        for (int k = 2; k <= 2 * ng; k++) {
            s.sumVar += (k - s.sumAvg) * (k - s.sumAvg) * sum[k];
        }
        return s;
    }

    /** log₂ with log₂ 0 = 0 when ε = 0 (so that 0 · log 0 = 0). */
    static double log2(double v) {
        return v <= 0 ? 0 : Math.log(v) / Math.log(2);
    }
}
