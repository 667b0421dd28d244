package org.netradiomics.features.shape;

/** Eigenvalues (descending) of the covariance matrix of a point set: the PCA used by the morphology features. */
final class PrincipalAxes {
    private PrincipalAxes() { }

    /**
     * Covariance eigenvalues of points (x, y, z per point), sorted descending, each >= 0: sample covariance
     * 1/(N - 1) when {@code sample} (reproduces the IBSI reference values), else population 1/N (PyRadiomics).
     */
    static double[] eigenvalues(double[] pts, boolean sample) {
        int n = pts.length / 3;
        double[] m = new double[3];
        for (int p = 0; p < n; p++) for (int a = 0; a < 3; a++) m[a] += pts[3 * p + a] / n;
        double[][] c = new double[3][3];
        for (int p = 0; p < n; p++) for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) {
            c[a][b] += (pts[3 * p + a] - m[a]) * (pts[3 * p + b] - m[b]) / Math.max(1, sample ? n - 1 : n);
        }
        return symmetricEigenvalues(c);
    }

    /** Closed-form eigenvalues of a symmetric 3x3 matrix (trigonometric solution of the characteristic cubic). */
    static double[] symmetricEigenvalues(double[][] a) {
        double p1 = a[0][1] * a[0][1] + a[0][2] * a[0][2] + a[1][2] * a[1][2];
        double q = (a[0][0] + a[1][1] + a[2][2]) / 3;
        double[] e;
        if (p1 == 0) {
            e = new double[] {a[0][0], a[1][1], a[2][2]};
        } else {
            double p2 = sq(a[0][0] - q) + sq(a[1][1] - q) + sq(a[2][2] - q) + 2 * p1;
            double p = Math.sqrt(p2 / 6);
            double[][] b = new double[3][3];
            for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) b[i][j] = (a[i][j] - (i == j ? q : 0)) / p;
            double r = (b[0][0] * (b[1][1] * b[2][2] - b[1][2] * b[2][1]) - b[0][1] * (b[1][0] * b[2][2] - b[1][2] * b[2][0])
                    + b[0][2] * (b[1][0] * b[2][1] - b[1][1] * b[2][0])) / 2;
            double phi = r <= -1 ? Math.PI / 3 : r >= 1 ? 0 : Math.acos(r) / 3;
            double e1 = q + 2 * p * Math.cos(phi), e3 = q + 2 * p * Math.cos(phi + 2 * Math.PI / 3);
            e = new double[] {e1, 3 * q - e1 - e3, e3};
        }
        java.util.Arrays.sort(e);
        return new double[] {Math.max(0, e[2]), Math.max(0, e[1]), Math.max(0, e[0])};
    }

    private static double sq(double x) { return x * x; }
}
