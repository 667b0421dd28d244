package org.netradiomics.stats.neural;

/** A training loss on the network's single linear output f_i, with its gradient dL/df_i. */
public interface OutputLoss {

    /** Mean loss over the samples. */
    double loss(double[] f);

    /** dL/df for every sample (of the mean loss). */
    double[] gradient(double[] f);
}
