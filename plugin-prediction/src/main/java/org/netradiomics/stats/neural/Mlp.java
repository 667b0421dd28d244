package org.netradiomics.stats.neural;

import java.util.SplittableRandom;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * A small fully connected network with tanh hidden layers and one linear output f (logit for a binary outcome,
 * log relative hazard for survival), trained full-batch with Adam on an {@link OutputLoss} plus L2 weight decay
 * (λ/2 Σ w², biases excluded). Weights start from Glorot-uniform values drawn with the given seed, so training is
 * deterministic. Pure Java (no native BLAS), sized for meta-learners and PCA-reduced deep features.
 */
public final class Mlp implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] sizes;
    private final double[][][] w;
    private final double[][] b;

    private Mlp(int[] sizes, double[][][] w, double[][] b) {
        this.sizes = sizes;
        this.w = w;
        this.b = b;
    }

    /** Training settings: hidden layer sizes, epochs, Adam learning rate, L2 decay, seed. */
    public record Settings(int[] hidden, int epochs, double learningRate, double weightDecay, long seed) {
        /** Validates. */
        public Settings {
            for (int h : hidden) {
                if (h < 1) {
                    throw new InvalidInputException("MLP hidden layer sizes must be positive, got " + h);
                }
            }
            if (epochs < 1 || !(learningRate > 0) || !(weightDecay >= 0)) {
                throw new InvalidInputException("MLP needs epochs >= 1, learning rate > 0 and weight decay >= 0");
            }
        }
    }

    /** Trains on {@code x[sample][input]} against {@code loss}. */
    public static Mlp train(double[][] x, OutputLoss loss, Settings s) {
        int n = x.length;
        int in = InputChecks.requireMatrix("MLP inputs", x, n);
        int[] sizes = new int[s.hidden().length + 2];
        sizes[0] = in;
        System.arraycopy(s.hidden(), 0, sizes, 1, s.hidden().length);
        sizes[sizes.length - 1] = 1;
        SplittableRandom r = new SplittableRandom(s.seed());
        int layers = sizes.length - 1;
        double[][][] w = new double[layers][][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            double limit = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
            w[l] = new double[sizes[l + 1]][sizes[l]];
            b[l] = new double[sizes[l + 1]];
            for (double[] row : w[l]) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = (2 * r.nextDouble() - 1) * limit;
                }
            }
        }
        Mlp net = new Mlp(sizes, w, b);
        new AdamTrainer(net, s).run(x, loss);
        return net;
    }

    /** A network from its layer sizes (input first, output 1 last), weights [layer][out][in] and biases [layer][out]. */
    public static Mlp of(int[] sizes, double[][][] weights, double[][] biases) {
        if (sizes.length < 2 || sizes[sizes.length - 1] != 1 || weights.length != sizes.length - 1
                || biases.length != sizes.length - 1) {
            throw new InvalidInputException("MLP layer sizes, weights and biases do not describe one network");
        }
        for (int l = 0; l < weights.length; l++) {
            if (weights[l].length != sizes[l + 1] || biases[l].length != sizes[l + 1]) {
                throw new InvalidInputException("MLP layer " + (l + 1) + " has the wrong number of units");
            }
            for (double[] row : weights[l]) {
                if (row.length != sizes[l]) {
                    throw new InvalidInputException("MLP layer " + (l + 1) + " has the wrong number of inputs");
                }
            }
        }
        return new Mlp(sizes.clone(), weights, biases);
    }

    /** Layer sizes, input first. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** Weights [layer][output unit][input unit] (a copy). */
    public double[][][] weightsCopy() {
        double[][][] c = new double[w.length][][];
        for (int l = 0; l < w.length; l++) {
            c[l] = new double[w[l].length][];
            for (int o = 0; o < w[l].length; o++) {
                c[l][o] = w[l][o].clone();
            }
        }
        return c;
    }

    /** Biases [layer][output unit] (a copy). */
    public double[][] biasesCopy() {
        double[][] c = new double[b.length][];
        for (int l = 0; l < b.length; l++) {
            c[l] = b[l].clone();
        }
        return c;
    }

    /** Network output f for one input row. */
    public double output(double[] x) {
        if (x.length != sizes[0]) {
            throw new InvalidInputException("MLP expects " + sizes[0] + " inputs, got " + x.length);
        }
        double[] a = x;
        for (int l = 0; l < w.length; l++) {
            a = layer(l, a);
        }
        return a[0];
    }

    /** σ(f): the probability when trained with {@link BinaryCrossEntropy}. */
    public double probability(double[] x) {
        return 1 / (1 + Math.exp(-output(x)));
    }

    double[] layer(int l, double[] a) {
        double[] z = new double[w[l].length];
        boolean last = l == w.length - 1;
        for (int o = 0; o < z.length; o++) {
            double s = b[l][o];
            double[] row = w[l][o];
            for (int k = 0; k < row.length; k++) {
                s += row[k] * a[k];
            }
            z[o] = last ? s : Math.tanh(s);
        }
        return z;
    }

    double[][][] weights() {
        return w;
    }

    double[][] biases() {
        return b;
    }

    int layerCount() {
        return w.length;
    }
}
