package org.netradiomics.preprocess;

/**
 * Resamples one line of samples at positions {@code start + i * step} (in source index units). Positions outside
 * the line are clamped for nearest and linear, and mirrored for the B-spline (its coefficients are mirror-extended,
 * as ITK's BSplineDecompositionImageFilter and BSplineInterpolateImageFunction do).
 */
final class LineResampler {
    /** Pole of the cubic B-spline prefilter, sqrt(3) - 2. */
    private static final double POLE = Math.sqrt(3.0) - 2.0;

    private LineResampler() {
    }

    static void resample(Interpolation kind, double[] in, double[] out, double start, double step) {
        switch (kind) {
            case NEAREST -> nearest(in, out, start, step);
            case LINEAR -> linear(in, out, start, step);
            case BSPLINE -> bspline(in, out, start, step);
        }
    }

    private static void nearest(double[] in, double[] out, double start, double step) {
        int n = in.length;
        for (int i = 0; i < out.length; i++) {
            // round half up, as ITK's NearestNeighborInterpolateImageFunction (RoundHalfIntegerUp)
            int k = (int) Math.floor(start + i * step + 0.5);
            out[i] = in[Math.max(0, Math.min(n - 1, k))];
        }
    }

    private static void linear(double[] in, double[] out, double start, double step) {
        int n = in.length;
        for (int i = 0; i < out.length; i++) {
            double x = Math.max(0, Math.min(n - 1, start + i * step));
            int k = Math.min((int) Math.floor(x), Math.max(0, n - 2));
            double f = x - k;
            out[i] = n == 1 ? in[0] : in[k] * (1 - f) + in[k + 1] * f;
        }
    }

    private static void bspline(double[] in, double[] out, double start, double step) {
        double[] c = coefficients(in);
        int n = c.length;
        for (int i = 0; i < out.length; i++) {
            double x = start + i * step;
            int k0 = (int) Math.floor(x) - 1;
            double v = 0;
            for (int k = k0; k <= k0 + 3; k++) {
                v += c[mirror(k, n)] * cubicBSpline(x - k);
            }
            out[i] = v;
        }
    }

    /** Cubic B-spline beta3(x): 2/3 - x^2 + |x|^3/2 for |x| < 1, (2 - |x|)^3 / 6 for 1 <= |x| < 2, else 0. */
    static double cubicBSpline(double x) {
        double a = Math.abs(x);
        if (a < 1) return 2.0 / 3.0 - a * a + a * a * a / 2.0;
        if (a < 2) {
            double t = 2 - a;
            return t * t * t / 6.0;
        }
        return 0;
    }

    /** Mirror-symmetric index (period 2n - 2, edge samples not repeated). */
    static int mirror(int k, int n) {
        if (n == 1) return 0;
        int period = 2 * n - 2;
        int m = Math.abs(k) % period;
        return m >= n ? period - m : m;
    }

    /**
     * Cubic B-spline interpolation coefficients (Unser 1993; recursive causal/anti-causal filter with pole
     * z = sqrt(3) - 2, gain (1 - z)(1 - 1/z) = 6, mirror-symmetric boundary initialisation).
     */
    static double[] coefficients(double[] s) {
        int n = s.length;
        double[] c = new double[n];
        for (int k = 0; k < n; k++) c[k] = 6.0 * s[k];
        if (n == 1) {
            c[0] = s[0];
            return c;
        }
        double z = POLE;
        // causal initialisation over the whole mirrored signal
        double zn = z;
        double iz = 1.0 / z;
        double z2n = Math.pow(z, n - 1);
        double sum = c[0] + z2n * c[n - 1];
        z2n *= z2n * iz;
        for (int k = 1; k < n - 1; k++) {
            sum += (zn + z2n) * c[k];
            zn *= z;
            z2n *= iz;
        }
        c[0] = sum / (1.0 - zn * zn);
        for (int k = 1; k < n; k++) c[k] += z * c[k - 1];
        c[n - 1] = (z / (z * z - 1.0)) * (z * c[n - 2] + c[n - 1]);
        for (int k = n - 2; k >= 0; k--) c[k] = z * (c[k + 1] - c[k]);
        return c;
    }
}
