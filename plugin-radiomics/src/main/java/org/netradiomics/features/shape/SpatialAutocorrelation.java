package org.netradiomics.features.shape;

import java.util.Random;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;

/**
 * Moran's I (N365, morph_moran_i) and Geary's C (NPT7, morph_geary_c) over the intensity-mask voxels with inverse
 * distance weights w_ij = 1 / ||x_i - x_j|| (mm), i != j:
 * I = N / W * sum w_ij (X_i - mu)(X_j - mu) / sum (X_i - mu)^2,
 * C = (N - 1) / (2 W) * sum w_ij (X_i - X_j)^2 / sum (X_i - mu)^2, W = sum w_ij.
 * Exact (O(N^2)) up to a voxel limit; above it, computed on a fixed-seed uniform random sample of that many voxels
 * (IBSI 3.1 permits approximating these features for large ROIs; the sample keeps it O(limit^2)).
 */
public record SpatialAutocorrelation(double moranI, double gearyC, boolean exact) {

    static SpatialAutocorrelation of(RoiImage roi, int limit) {
        Geometry g = roi.geometry();
        boolean[] m = roi.intensityMask();
        float[] x = roi.intensities();
        int n = 0;
        for (boolean b : m) if (b) n++;
        int[] idx = new int[n];
        for (int v = 0, p = 0; v < m.length; v++) if (m[v]) idx[p++] = v;
        boolean exact = n <= limit;
        if (!exact) {   // partial Fisher-Yates shuffle, fixed seed for reproducibility
            Random r = new Random(20240101L);
            for (int p = 0; p < limit; p++) {
                int q = p + r.nextInt(n - p);
                int t = idx[p]; idx[p] = idx[q]; idx[q] = t;
            }
            n = limit;
        }
        if (n < 2) return new SpatialAutocorrelation(Double.NaN, Double.NaN, exact);
        double[] px = new double[n], py = new double[n], pz = new double[n], val = new double[n];
        double mu = 0;
        int nx = g.nx(), ny = g.ny();
        for (int p = 0; p < n; p++) {
            int v = idx[p];
            px[p] = (v % nx) * g.spacing(0);
            py[p] = (v / nx % ny) * g.spacing(1);
            pz[p] = (v / (nx * ny)) * g.spacing(2);
            val[p] = x[v];
            mu += val[p] / n;
        }
        double den = 0;
        for (int p = 0; p < n; p++) den += (val[p] - mu) * (val[p] - mu);
        double w = 0, moran = 0, geary = 0;
        for (int a = 0; a < n; a++) {
            double da = val[a] - mu;
            for (int b = a + 1; b < n; b++) {
                double dx = px[a] - px[b], dy = py[a] - py[b], dz = pz[a] - pz[b];
                double wij = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
                double diff = val[a] - val[b];
                w += 2 * wij;
                moran += 2 * wij * da * (val[b] - mu);
                geary += 2 * wij * diff * diff;
            }
        }
        if (den == 0) return new SpatialAutocorrelation(Double.NaN, Double.NaN, exact);
        return new SpatialAutocorrelation(n / w * moran / den, (n - 1) / (2 * w) * geary / den, exact);
    }
}
