package org.netradiomics.features.shape;

/** Surface area of an ellipsoid by the Legendre series of IBSI 3.1 (RDD2), truncated after nu = 20. */
final class EllipsoidArea {
    private EllipsoidArea() { }

    /** Semi-axes a >= b >= c. */
    static double approximate(double a, double b, double c) {
        double alpha = Math.sqrt(Math.max(0, 1 - b * b / (a * a))), beta = Math.sqrt(Math.max(0, 1 - c * c / (a * a)));
        if (alpha < 1e-6 && beta < 1e-6) return 4 * Math.PI * a * a;   // sphere
        // the series is continuous in alpha, beta: a vanishing eccentricity is nudged to avoid 0 * infinity
        alpha = Math.max(alpha, 1e-6);
        beta = Math.max(beta, 1e-6);
        double ab = alpha * beta;
        double x = (alpha * alpha + beta * beta) / (2 * ab);
        double sum = 0, pPrev = 1, p = x, pow = 1;
        for (int nu = 0; nu <= 20; nu++) {
            double legendre;
            if (nu == 0) legendre = 1;
            else if (nu == 1) legendre = x;
            else {
                double pn = ((2 * nu - 1) * x * p - (nu - 1) * pPrev) / nu;
                pPrev = p;
                p = pn;
                legendre = pn;
            }
            sum += pow * legendre / (1 - 4.0 * nu * nu);
            pow *= ab;
        }
        return 4 * Math.PI * a * b * sum;
    }
}
