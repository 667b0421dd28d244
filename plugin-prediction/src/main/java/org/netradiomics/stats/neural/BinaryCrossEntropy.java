package org.netradiomics.stats.neural;

/** Logistic loss: L = (1/n) Σ ln(1 + e^{f}) − y f, p = σ(f); dL/df = (σ(f) − y)/n. */
public record BinaryCrossEntropy(boolean[] positive) implements OutputLoss {

    @Override
    public double loss(double[] f) {
        double s = 0;
        for (int i = 0; i < f.length; i++) {
            double softplus = f[i] > 0 ? f[i] + Math.log1p(Math.exp(-f[i])) : Math.log1p(Math.exp(f[i]));
            s += softplus - (positive[i] ? f[i] : 0);
        }
        return s / f.length;
    }

    @Override
    public double[] gradient(double[] f) {
        double[] g = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            g[i] = (1 / (1 + Math.exp(-f[i])) - (positive[i] ? 1 : 0)) / f.length;
        }
        return g;
    }
}
