package org.netradiomics.features.shape;

/**
 * In-place 3D complex FFT on power-of-two grids (iterative radix-2 along each axis), for exact sums over all voxel
 * pairs by convolution.
 */
final class FftConvolution {
    private FftConvolution() {}

    /** Smallest power of two ≥ n. */
    static int powerOfTwo(int n) {
        int p = 1;
        while (p < n) {
            p <<= 1;
        }
        return p;
    }

    /** Transforms (re, im) of size nx × ny × nz (x fastest); {@code inverse} includes the 1/N scaling. */
    static void fft3d(double[] re, double[] im, int nx, int ny, int nz, boolean inverse) {
        int[] dims = {nx, ny, nz};
        int[] strides = {1, nx, nx * ny};
        for (int axis = 0; axis < 3; axis++) {
            int n = dims[axis];
            if (n == 1) {
                continue;
            }
            double[] lr = new double[n];
            double[] li = new double[n];
            int stride = strides[axis];
            int total = nx * ny * nz;
            for (int start = 0; start < total; start++) {
                // a line starts where the index along this axis is 0
                if ((start / stride) % n != 0) {
                    continue;
                }
                for (int t = 0; t < n; t++) {
                    lr[t] = re[start + t * stride];
                    li[t] = im[start + t * stride];
                }
                fft1d(lr, li, inverse);
                for (int t = 0; t < n; t++) {
                    re[start + t * stride] = lr[t];
                    im[start + t * stride] = li[t];
                }
            }
        }
        if (inverse) {
            double scale = 1.0 / ((double) nx * ny * nz);
            for (int v = 0; v < re.length; v++) {
                re[v] *= scale;
                im[v] *= scale;
            }
        }
    }

    static void fft1d(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wr = Math.cos(angle);
            double wi = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cr = 1;
                double ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double tr = re[b] * cr - im[b] * ci;
                    double ti = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                    double ncr = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = ncr;
                }
            }
        }
    }
}
