package org.netradiomics.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.volume.InvalidInputException;

/**
 * Nomogram points of a linear model, on the scale of {@code rms::nomogram}: each input k over its range [lo_k, hi_k]
 * has effect range R_k = |β_k| (hi_k − lo_k); the input with the largest effect spans 0-100 points and the others
 * are scaled alike: points_k(x) = 100 (β_k x − min(β_k lo_k, β_k hi_k)) / max_k R_k. The total points map back to the
 * linear predictor by lp = α + Σ_k min(β_k lo_k, β_k hi_k) + total · max_k R_k / 100.
 */
public record NomogramScale(List<String> inputs, double[] beta, double[] lo, double[] hi, double intercept,
        double maxRange) {

    /** The scale of a logistic or Cox package; every input needs a finite min and max (its axis range). */
    public static NomogramScale of(ModelPackage p) {
        Map<String, Double> coef = switch (p.estimator()) {
            case Estimator.Logistic l -> l.coefficients();
            case Estimator.Cox c -> c.coefficients();
            default -> throw new InvalidInputException("model '" + p.id() + "' is not a linear model; it has no "
                    + "nomogram");
        };
        double alpha = p.estimator() instanceof Estimator.Logistic l ? l.intercept() : 0;
        List<String> names = new ArrayList<>();
        int n = p.inputs().size();
        double[] b = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        double max = 0;
        for (int k = 0; k < n; k++) {
            InputSpec in = p.inputs().get(k);
            double l = in.binary() ? 0 : in.min();
            double h = in.binary() ? 1 : in.max();
            if (!Double.isFinite(l) || !Double.isFinite(h)) {
                throw new InvalidInputException("input '" + in.name() + "' of model '" + p.id() + "' has no range "
                        + "(min/max); a nomogram axis needs one");
            }
            names.add(in.name());
            b[k] = coef.get(in.name());
            lo[k] = l;
            hi[k] = h;
            max = Math.max(max, Math.abs(b[k]) * (h - l));
        }
        return new NomogramScale(List.copyOf(names), b, lo, hi, alpha, max);
    }

    /** Points of input {@code k} at value {@code x}. */
    public double points(int k, double x) {
        return 100 * (beta[k] * x - Math.min(beta[k] * lo[k], beta[k] * hi[k])) / maxRange;
    }

    /** The linear predictor for a total of {@code points}. */
    public double linearPredictor(double totalPoints) {
        double base = intercept;
        for (int k = 0; k < beta.length; k++) {
            base += Math.min(beta[k] * lo[k], beta[k] * hi[k]);
        }
        return base + totalPoints * maxRange / 100;
    }

    /** Points of each input and the total for a patient's values. */
    public Map<String, Double> points(Map<String, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        double total = 0;
        for (int k = 0; k < beta.length; k++) {
            Double x = values.get(inputs.get(k));
            if (x == null) {
                throw new InvalidInputException("missing value '" + inputs.get(k) + "' for the nomogram");
            }
            double pts = points(k, x);
            out.put(inputs.get(k), pts);
            total += pts;
        }
        out.put("total", total);
        return out;
    }
}
