package org.netradiomics.features.shape;

import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;

/**
 * Moran's I (N365, morph_moran_i) and Geary's C (NPT7, morph_geary_c) over the intensity-mask voxels with inverse
 * distance weights w_ij = 1 / ||x_i - x_j|| (mm), i != j:
 * I = N / W * sum w_ij (X_i - mu)(X_j - mu) / sum (X_i - mu)^2,
 * C = (N - 1) / (2 W) * sum w_ij (X_i - X_j)^2 / sum (X_i - mu)^2, W = sum w_ij.
 * Exact: by direct summation over voxel pairs up to a voxel limit, above it by FFT convolution of the intensity
 * deviations and of the mask with the kernel 1/||d|| (sums over all pairs in O(M log M) for an M-voxel padded box):
 * S = sum_i a_i (K*a)_i, W = sum_i m_i (K*m)_i, sum w_ij (a_i - a_j)^2 = 2 sum_i a_i^2 (K*m)_i - 2 S.
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
        boolean exact = true;
        if (n > limit) {
            return byConvolution(roi, idx);
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

    private static SpatialAutocorrelation byConvolution(RoiImage roi, int[] idx) {
        Geometry g = roi.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        double mu = 0;
        float[] x = roi.intensities();
        for (int v : idx) {
            int[] c = {v % nx, v / nx % ny, v / (nx * ny)};
            for (int a = 0; a < 3; a++) {
                lo[a] = Math.min(lo[a], c[a]);
                hi[a] = Math.max(hi[a], c[a]);
            }
            mu += x[v];
        }
        int n = idx.length;
        mu /= n;
        int[] box = {hi[0] - lo[0] + 1, hi[1] - lo[1] + 1, hi[2] - lo[2] + 1};
        int px = FftConvolution.powerOfTwo(2 * box[0] - 1);
        int py = FftConvolution.powerOfTwo(2 * box[1] - 1);
        int pz = FftConvolution.powerOfTwo(2 * box[2] - 1);
        int size = px * py * pz;
        double[] kr = new double[size];
        double[] ki = new double[size];
        for (int dz = -(box[2] - 1); dz < box[2]; dz++) {
            for (int dy = -(box[1] - 1); dy < box[1]; dy++) {
                for (int dx = -(box[0] - 1); dx < box[0]; dx++) {
                    if (dx == 0 && dy == 0 && dz == 0) {
                        continue;
                    }
                    double ex = dx * g.spacing(0);
                    double ey = dy * g.spacing(1);
                    double ez = dz * g.spacing(2);
                    int at = Math.floorMod(dx, px) + px * (Math.floorMod(dy, py) + py * Math.floorMod(dz, pz));
                    kr[at] = 1 / Math.sqrt(ex * ex + ey * ey + ez * ez);
                }
            }
        }
        // deviations a in the real part and the mask m in the imaginary part: one transform for both
        double[] zr = new double[size];
        double[] zi = new double[size];
        int[] at = new int[n];
        double den = 0;
        for (int p = 0; p < n; p++) {
            int v = idx[p];
            at[p] = (v % nx - lo[0]) + px * ((v / nx % ny - lo[1]) + py * (v / (nx * ny) - lo[2]));
            zr[at[p]] = x[v] - mu;
            zi[at[p]] = 1;
            den += (x[v] - mu) * (x[v] - mu);
        }
        FftConvolution.fft3d(kr, ki, px, py, pz, false);
        FftConvolution.fft3d(zr, zi, px, py, pz, false);
        for (int v = 0; v < size; v++) {
            double r = kr[v] * zr[v] - ki[v] * zi[v];
            double i = kr[v] * zi[v] + ki[v] * zr[v];
            zr[v] = r;
            zi[v] = i;
        }
        FftConvolution.fft3d(zr, zi, px, py, pz, true);
        double s = 0;
        double w = 0;
        double t = 0;
        for (int p = 0; p < n; p++) {
            double a = x[idx[p]] - mu;
            s += a * zr[at[p]];
            w += zi[at[p]];
            t += a * a * zi[at[p]];
        }
        if (den == 0) {
            return new SpatialAutocorrelation(Double.NaN, Double.NaN, true);
        }
        return new SpatialAutocorrelation(n / w * s / den, (n - 1) / (2 * w) * (2 * t - 2 * s) / den, true);
    }
}
