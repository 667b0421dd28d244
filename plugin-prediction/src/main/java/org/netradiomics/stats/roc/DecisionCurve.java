package org.netradiomics.stats.roc;

import org.netradiomics.volume.InvalidInputException;

/**
 * Decision-curve analysis (Vickers and Elkin 2006): at threshold probability p_t, treating the patients with
 * predicted probability ≥ p_t has net benefit NB = TP/n − FP/n · p_t/(1 − p_t); treating everyone has
 * NB_all = π − (1 − π) · p_t/(1 − p_t) (π = prevalence); treating no one has NB = 0.
 */
public record DecisionCurve(double[] thresholds, double[] model, double[] treatAll) {

    /** Net benefit of the model and of treat-all at each threshold in (0, 1). */
    public static DecisionCurve of(boolean[] positive, double[] probability, double[] thresholds) {
        Calibration.requireProbabilities(positive, probability);
        int n = positive.length;
        int events = 0;
        for (boolean b : positive) {
            events += b ? 1 : 0;
        }
        double prevalence = (double) events / n;
        double[] model = new double[thresholds.length];
        double[] all = new double[thresholds.length];
        for (int k = 0; k < thresholds.length; k++) {
            double pt = thresholds[k];
            if (!(pt > 0 && pt < 1)) {
                throw new InvalidInputException("decision-curve thresholds must lie strictly between 0 and 1, got " + pt);
            }
            double w = pt / (1 - pt);
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < n; i++) {
                if (probability[i] >= pt) {
                    if (positive[i]) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            model[k] = (double) tp / n - (double) fp / n * w;
            all[k] = prevalence - (1 - prevalence) * w;
        }
        return new DecisionCurve(thresholds.clone(), model, all);
    }

    /** Thresholds 0.01, 0.02, ..., 0.99. */
    public static double[] percentThresholds() {
        double[] t = new double[99];
        for (int k = 0; k < 99; k++) {
            t[k] = (k + 1) / 100.0;
        }
        return t;
    }
}
