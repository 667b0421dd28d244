package org.netradiomics.stats.glmnet;

import org.netradiomics.volume.InvalidInputException;

/** Squared-error loss on the response standardised to mean 0, SD 1 (glmnet's {@code elnet} works on this scale). */
final class GaussianLoss extends Loss {
    private final double[] y;
    private final double mean;
    private final double sd;

    GaussianLoss(double[] response) {
        super(response.length);
        double m = 0;
        for (double v : response) {
            m += v / n;
        }
        double var = 0;
        for (double v : response) {
            var += (v - m) * (v - m) / n;
        }
        if (!(var > 0)) {
            throw new InvalidInputException("the outcome is constant (" + response[0] + "); nothing to model");
        }
        mean = m;
        sd = Math.sqrt(var);
        y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (response[i] - m) / sd;
        }
    }

    @Override
    boolean hasIntercept() {
        return true;
    }

    @Override
    boolean isQuadratic() {
        return true;
    }

    @Override
    double value(double[] eta) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (y[i] - eta[i]) * (y[i] - eta[i]);
        }
        return s / (2 * n);
    }

    @Override
    void working(double[] eta, double[] weight, double[] residual) {
        for (int i = 0; i < n; i++) {
            weight[i] = 1.0 / n;
            residual[i] = y[i] - eta[i];
        }
    }

    @Override
    double nullIntercept() {
        return 0;
    }

    @Override
    double[] nullScore() {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = y[i] / n;
        }
        return s;
    }

    @Override
    double devianceRatio(double[] eta) {
        return 1 - 2 * value(eta);
    }

    @Override
    boolean stopsPath(double[] rsq, int m) {
        return m >= 4 && ((rsq[m] - rsq[m - 1]) / rsq[m] < 1e-5 || rsq[m] > 0.999);
    }

    @Override
    double lambdaScale() {
        return sd;
    }

    @Override
    double responseScale() {
        return sd;
    }

    @Override
    double responseShift() {
        return mean;
    }
}
