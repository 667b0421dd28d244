package org.netradiomics.volume;

/** Small 3x3 matrix helpers (row-major double[9]) for geometry. */
final class Matrix3 {
    private Matrix3() {}

    static double determinant(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    static double[] inverse(double[] m) {
        double det = determinant(m);
        if (Math.abs(det) < 1e-12) {
            throw new InvalidInputException("image direction cosines are degenerate (determinant " + det + ")");
        }
        double[] r = new double[9];
        r[0] = (m[4] * m[8] - m[5] * m[7]) / det;
        r[1] = (m[2] * m[7] - m[1] * m[8]) / det;
        r[2] = (m[1] * m[5] - m[2] * m[4]) / det;
        r[3] = (m[5] * m[6] - m[3] * m[8]) / det;
        r[4] = (m[0] * m[8] - m[2] * m[6]) / det;
        r[5] = (m[2] * m[3] - m[0] * m[5]) / det;
        r[6] = (m[3] * m[7] - m[4] * m[6]) / det;
        r[7] = (m[1] * m[6] - m[0] * m[7]) / det;
        r[8] = (m[0] * m[4] - m[1] * m[3]) / det;
        return r;
    }
}
