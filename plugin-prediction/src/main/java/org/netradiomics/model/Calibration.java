package org.netradiomics.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.stats.InputChecks;
import org.netradiomics.volume.InvalidInputException;

/**
 * Fills a package's unpublished scaling and intercept. From a site reference cohort (patient feature values and the
 * outcome): z-scoring means and sample SDs of the standardised inputs (R {@code scale()}), and the intercept of the
 * logistic model with the published slopes held fixed (maximum likelihood of logit p = α + offset, offset = Σ β z,
 * by Newton's method). Or, only when the user asks, the package's documented approximation: scaling from the
 * patients predicted together and the intercept logit(π) of the published development prevalence π.
 */
public final class Calibration {
    private Calibration() {}

    /** The package calibrated on {@code rows} (input name → value per patient) with outcome {@code positive}. */
    public static ModelPackage fromReferenceCohort(ModelPackage p, List<Map<String, Double>> rows, boolean[] positive,
            String cohortName) {
        InputChecks.requireSameLength("the reference cohort's rows", rows.size(), "the outcome", positive.length);
        InputChecks.requireBothClasses(positive, 5);
        ModelPackage scaled = withScaling(p, rows, "reference cohort " + cohortName);
        if (!(scaled.estimator() instanceof Estimator.Logistic l)) {
            return scaled;
        }
        double[] offset = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            offset[i] = linear(scaled, rows.get(i), l.coefficients());
        }
        double alpha = 0;
        for (int it = 0; it < 50; it++) {
            double g = 0;
            double h = 0;
            for (int i = 0; i < offset.length; i++) {
                double pr = 1 / (1 + Math.exp(-(alpha + offset[i])));
                g += (positive[i] ? 1 : 0) - pr;
                h += pr * (1 - pr);
            }
            double step = g / h;
            alpha += step;
            if (Math.abs(step) < 1e-12) {
                break;
            }
        }
        Map<String, Object> provenance = new LinkedHashMap<>(scaled.provenance());
        provenance.put("calibration", "z-scoring and intercept (published slopes fixed) fitted on " + cohortName
                + " (" + rows.size() + " patients)");
        return new ModelPackage(scaled.id(), scaled.study(), scaled.doi(), scaled.intendedUse(), scaled.extraction(),
                scaled.aggregation(), scaled.inputs(), new Estimator.Logistic(alpha, l.coefficients()), scaled.cutoff(),
                scaled.groups(), "fitted-on-site", scaled.missing(), scaled.performance(), provenance);
    }

    /** The documented approximation: scaling from {@code batch} itself, intercept logit(published prevalence). */
    public static ModelPackage approximate(ModelPackage p, List<Map<String, Double>> batch) {
        Object prevalence = p.provenance().get("approximationPrevalence");
        if (!(prevalence instanceof Number pi) || !(p.estimator() instanceof Estimator.Logistic l)) {
            throw new InvalidInputException("model '" + p.id() + "' documents no approximation; calibrate it with a "
                    + "reference cohort");
        }
        if (batch.size() < 10) {
            throw new InvalidInputException("the approximation z-scores features within the patients predicted "
                    + "together; " + batch.size() + " patients are too few (at least 10)");
        }
        ModelPackage scaled = withScaling(p, batch, "the predicted batch");
        double alpha = Math.log(pi.doubleValue() / (1 - pi.doubleValue()));
        return new ModelPackage(p.id(), p.study(), p.doi(), p.intendedUse(), p.extraction(), p.aggregation(),
                scaled.inputs(), new Estimator.Logistic(alpha, l.coefficients()), p.cutoff(), p.groups(),
                "approximated", p.missing(), p.performance(), p.provenance());
    }

    private static ModelPackage withScaling(ModelPackage p, List<Map<String, Double>> rows, String from) {
        List<InputSpec> inputs = new ArrayList<>();
        for (InputSpec in : p.inputs()) {
            if (!in.standardised()) {
                inputs.add(in);
                continue;
            }
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                Double x = rows.get(i).get(in.name());
                if (x == null || x.isNaN()) {
                    throw new InvalidInputException(from + ": patient " + (i + 1) + " has no value for '" + in.name() + "'");
                }
                v[i] = x;
            }
            double mean = 0;
            for (double x : v) {
                mean += x / v.length;
            }
            double ss = 0;
            for (double x : v) {
                ss += (x - mean) * (x - mean);
            }
            double sd = Math.sqrt(ss / (v.length - 1));
            if (!(sd > 0)) {
                throw new InvalidInputException(from + ": '" + in.name() + "' is constant; it cannot be z-scored");
            }
            inputs.add(in.withScaling(mean, sd));
        }
        return new ModelPackage(p.id(), p.study(), p.doi(), p.intendedUse(), p.extraction(), p.aggregation(),
                List.copyOf(inputs), p.estimator(), p.cutoff(), p.groups(), p.calibration(), p.missing(),
                p.performance(), p.provenance());
    }

    private static double linear(ModelPackage p, Map<String, Double> row, Map<String, Double> coef) {
        double s = 0;
        for (InputSpec in : p.inputs()) {
            double x = row.get(in.name());
            if (in.standardised()) {
                x = (x - in.mean()) / in.sd();
            }
            s += coef.get(in.name()) * x;
        }
        return s;
    }
}
