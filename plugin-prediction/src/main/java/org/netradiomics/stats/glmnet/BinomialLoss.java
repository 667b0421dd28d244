package org.netradiomics.stats.glmnet;

/** Logistic loss −(1/n) Σ [y η − log(1 + e^η)]; IRLS weights p(1 − p)/n with p kept in [1e-9, 1 − 1e-9]. */
final class BinomialLoss extends Loss {
    private static final double PMIN = 1e-9;
    private final double[] y;
    private final double ybar;
    private final double nullValue;

    BinomialLoss(boolean[] positive) {
        super(positive.length);
        y = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            y[i] = positive[i] ? 1 : 0;
            s += y[i];
        }
        ybar = s / n;
        nullValue = -(ybar * Math.log(ybar) + (1 - ybar) * Math.log(1 - ybar));
    }

    @Override
    boolean hasIntercept() {
        return true;
    }

    @Override
    double value(double[] eta) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            // log(1 + e^η) − y η, computed without overflow
            double e = eta[i];
            s += (e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e))) - y[i] * e;
        }
        return s / n;
    }

    @Override
    void working(double[] eta, double[] weight, double[] residual) {
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - PMIN, Math.max(PMIN, 1 / (1 + Math.exp(-eta[i]))));
            double v = p * (1 - p);
            weight[i] = v / n;
            residual[i] = (y[i] - p) / v;
        }
    }

    @Override
    double nullIntercept() {
        return Math.log(ybar / (1 - ybar));
    }

    @Override
    double[] nullScore() {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = (y[i] - ybar) / n;
        }
        return s;
    }

    @Override
    double devianceRatio(double[] eta) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - PMIN, Math.max(PMIN, 1 / (1 + Math.exp(-eta[i]))));
            s -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
        }
        return (nullValue - s / n) / nullValue;
    }

    @Override
    boolean stopsPath(double[] dev, int m) {
        return m >= 4 && (dev[m] - dev[m - 1] < 1e-5 || dev[m] > 0.999);
    }
}
