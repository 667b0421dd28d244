package org.netradiomics.stats.neural;

/** Full-batch back-propagation with Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) for {@link Mlp}. */
final class AdamTrainer {
    private final Mlp net;
    private final Mlp.Settings settings;

    AdamTrainer(Mlp net, Mlp.Settings settings) {
        this.net = net;
        this.settings = settings;
    }

    void run(double[][] x, OutputLoss loss) {
        double[][][] w = net.weights();
        double[][] b = net.biases();
        int layers = net.layerCount();
        double[][][] mw = zeros(w);
        double[][][] vw = zeros(w);
        double[][] mb = zeros(b);
        double[][] vb = zeros(b);
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Gradient g = gradient(x, loss);
            double c1 = 1 - Math.pow(0.9, epoch);
            double c2 = 1 - Math.pow(0.999, epoch);
            for (int l = 0; l < layers; l++) {
                for (int o = 0; o < w[l].length; o++) {
                    for (int k = 0; k < w[l][o].length; k++) {
                        double gr = g.w[l][o][k] + settings.weightDecay() * w[l][o][k];
                        mw[l][o][k] = 0.9 * mw[l][o][k] + 0.1 * gr;
                        vw[l][o][k] = 0.999 * vw[l][o][k] + 0.001 * gr * gr;
                        w[l][o][k] -= settings.learningRate() * (mw[l][o][k] / c1) / (Math.sqrt(vw[l][o][k] / c2) + 1e-8);
                    }
                    double gr = g.b[l][o];
                    mb[l][o] = 0.9 * mb[l][o] + 0.1 * gr;
                    vb[l][o] = 0.999 * vb[l][o] + 0.001 * gr * gr;
                    b[l][o] -= settings.learningRate() * (mb[l][o] / c1) / (Math.sqrt(vb[l][o] / c2) + 1e-8);
                }
            }
        }
    }

    /** Gradient of the loss (without weight decay) over all samples. */
    record Gradient(double[][][] w, double[][] b) {}

    Gradient gradient(double[][] x, OutputLoss loss) {
        double[][][] w = net.weights();
        int layers = net.layerCount();
        int n = x.length;
        double[][][] act = new double[n][layers + 1][];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            act[i][0] = x[i];
            for (int l = 0; l < layers; l++) {
                act[i][l + 1] = net.layer(l, act[i][l]);
            }
            f[i] = act[i][layers][0];
        }
        double[] df = loss.gradient(f);
        double[][][] gw = zeros(w);
        double[][] gb = zeros(net.biases());
        for (int i = 0; i < n; i++) {
            double[] delta = {df[i]};
            for (int l = layers - 1; l >= 0; l--) {
                double[] a = act[i][l];
                for (int o = 0; o < delta.length; o++) {
                    gb[l][o] += delta[o];
                    for (int k = 0; k < a.length; k++) {
                        gw[l][o][k] += delta[o] * a[k];
                    }
                }
                if (l > 0) {
                    double[] prev = new double[a.length];
                    for (int k = 0; k < a.length; k++) {
                        double s = 0;
                        for (int o = 0; o < delta.length; o++) {
                            s += w[l][o][k] * delta[o];
                        }
                        prev[k] = s * (1 - a[k] * a[k]);
                    }
                    delta = prev;
                }
            }
        }
        return new Gradient(gw, gb);
    }

    private static double[][][] zeros(double[][][] like) {
        double[][][] z = new double[like.length][][];
        for (int l = 0; l < like.length; l++) {
            z[l] = zeros(like[l]);
        }
        return z;
    }

    private static double[][] zeros(double[][] like) {
        double[][] z = new double[like.length][];
        for (int l = 0; l < like.length; l++) {
            z[l] = new double[like[l].length];
        }
        return z;
    }
}
