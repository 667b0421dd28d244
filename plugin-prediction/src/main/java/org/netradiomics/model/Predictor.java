package org.netradiomics.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.netradiomics.volume.InvalidInputException;

/**
 * Runs a model package on one patient's input values: checks each input (missing clinical values and clinical values
 * outside their valid range are errors; features outside the training range are warnings), computes score inputs
 * from their source packages, z-scores where the package says so, and applies the estimator. Cox packages with a
 * baseline also give survival at the baseline's report times. Warnings: inputs outside the training range, a case
 * outside the package's intended use ({@link IntendedUse}), a published model not recalibrated on site, an
 * approximated calibration, survival beyond the last event time.
 */
public final class Predictor {
    private Predictor() {}

    /**
     * Prediction of {@code p} for {@code values} (input name → value); {@code packages} resolves the source
     * packages of score inputs.
     */
    public static Prediction predict(ModelPackage p, Map<String, Double> values, Function<String, ModelPackage> packages) {
        return predict(p, values, packages, PredictionContext.UNKNOWN);
    }

    /** As {@link #predict(ModelPackage, Map, Function)}, with the case checked against the intended use. */
    public static Prediction predict(ModelPackage p, Map<String, Double> values, Function<String, ModelPackage> packages,
            PredictionContext context) {
        Prediction raw = compute(p, values, packages, context);
        java.util.LinkedHashSet<String> w = new java.util.LinkedHashSet<>(IntendedUse.mismatches(p, context));
        w.addAll(raw.warnings());
        return new Prediction(raw.packageId(), raw.linearPredictor(), raw.probability(), raw.group(),
                raw.contributions(), List.copyOf(w), raw.survival());
    }

    private static Prediction compute(ModelPackage p, Map<String, Double> values,
            Function<String, ModelPackage> packages, PredictionContext context) {
        List<String> warnings = new ArrayList<>();
        Map<String, Double> contributions = new LinkedHashMap<>();
        if (p.estimator() instanceof Estimator.RequiresTraining t) {
            throw new InvalidInputException("model '" + p.id() + "' has no published fitted parameters and requires "
                    + "training on your cohort first: netradiomics train --pipeline " + t.pipeline()
                    + " --cohort cohort.csv --out model.json");
        }
        if (p.estimator() instanceof Estimator.Serialized s) {
            Map<String, Double> checked = new java.util.HashMap<>();
            for (InputSpec in : p.inputs()) {
                checked.put(in.name(), value(p, in, values, packages, warnings, context));
            }
            double probability = s.model().probability(checked);
            String group = Double.isNaN(p.cutoff()) ? "" : probability >= p.cutoff() ? p.groups().get(1)
                    : p.groups().get(0);
            calibrationWarning(p, warnings);
            return new Prediction(p.id(), Math.log(probability / (1 - probability)), probability, group, Map.of(),
                    warnings, Map.of());
        }
        Map<String, Double> coef = switch (p.estimator()) {
            case Estimator.Logistic l -> l.coefficients();
            case Estimator.Cox c -> c.coefficients();
            case Estimator.DeepScoreCox d -> d.coefficients();
            case Estimator.Serialized s -> Map.of();
            case Estimator.RequiresTraining t -> Map.of();
        };
        double lp = 0;
        for (InputSpec in : p.inputs()) {
            double x = value(p, in, values, packages, warnings, context);
            if (in.standardised()) {
                if (Double.isNaN(in.mean()) || Double.isNaN(in.sd())) {
                    throw new InvalidInputException("model '" + p.id() + "': the z-scoring mean and SD of '" + in.name()
                            + "' were not published; calibrate the package with a reference cohort (netradiomics "
                            + "calibrate) or run it with the documented approximation (--approximate)");
                }
                x = (x - in.mean()) / in.sd();
            }
            double c = coef.get(in.name()) * x;
            contributions.put(in.name(), c);
            lp += c;
        }
        double probability = Double.NaN;
        if (p.estimator() instanceof Estimator.Logistic l) {
            if (Double.isNaN(l.intercept())) {
                throw new InvalidInputException("model '" + p.id() + "' has no intercept (not published); calibrate "
                        + "it with a reference cohort of your site (netradiomics calibrate) or use --approximate");
            }
            lp += l.intercept();
            probability = 1 / (1 + Math.exp(-lp));
        }
        String group = "";
        if (!Double.isNaN(p.cutoff())) {
            double s = Double.isNaN(probability) ? lp : probability;
            group = s >= p.cutoff() ? p.groups().get(1) : p.groups().get(0);
        }
        calibrationWarning(p, warnings);
        return new Prediction(p.id(), lp, probability, group, contributions, warnings, survival(p, lp, warnings));
    }

    private static void calibrationWarning(ModelPackage p, List<String> warnings) {
        if (p.calibration().equals("approximated")) {
            warnings.add("approximated: " + p.provenance().getOrDefault("approximation", "see the package"));
        } else if (p.calibration().equals("published")) {
            warnings.add("uncalibrated: model '" + p.id() + "' gives the " + (p.estimator() instanceof Estimator.Logistic
                    ? "probabilities" : "risks") + " of its development cohort; it has not been recalibrated on your "
                    + "site (check it with netradiomics evaluate on a local cohort)");
        }
    }

    /** Report time → S(t | lp) for Cox packages with a baseline; a time past the last event time is a warning. */
    private static Map<Double, Double> survival(ModelPackage p, double lp, List<String> warnings) {
        Baseline b = switch (p.estimator()) {
            case Estimator.Cox c -> c.baseline();
            case Estimator.DeepScoreCox d -> d.baseline();
            default -> null;
        };
        if (b == null) {
            return Map.of();
        }
        Map<Double, Double> s = new LinkedHashMap<>();
        for (double t : b.reportTimes()) {
            s.put(t, b.survival(lp, t));
            if (t > b.lastTime()) {
                warnings.add("survival at " + t + " " + b.timeUnit() + " lies beyond the last event time ("
                        + b.lastTime() + " " + b.timeUnit() + ") of the model's cohort: held at its last value");
            }
        }
        return s;
    }

    private static double value(ModelPackage p, InputSpec in, Map<String, Double> values,
            Function<String, ModelPackage> packages, List<String> warnings, PredictionContext context) {
        Double v = values.get(in.name());
        if (v == null && in.kind() == InputSpec.Kind.SCORE && p.estimator() instanceof Estimator.DeepScoreCox d
                && in.source().equals(p.id())) {
            double[] x = new double[d.deepFeatures().size()];
            for (int j = 0; j < x.length; j++) {
                Double f = values.get(d.deepFeatures().get(j));
                if (f == null || f.isNaN()) {
                    throw new InvalidInputException("model '" + p.id() + "': missing deep feature '"
                            + d.deepFeatures().get(j) + "' (from the ONNX extractor); nothing is imputed");
                }
                x[j] = f;
            }
            return d.score(x);
        }
        if (v == null && in.kind() == InputSpec.Kind.SCORE) {
            ModelPackage source = packages.apply(in.source());
            Prediction sp = compute(source, values, packages, context);
            warnings.addAll(sp.warnings());
            return sp.probability();
        }
        if (v == null || v.isNaN()) {
            throw new InvalidInputException("model '" + p.id() + "': missing " + in.kind().name().toLowerCase(Locale.ROOT)
                    + " value '" + in.name() + "'" + (in.unit().isEmpty() ? "" : " (" + in.unit() + ")")
                    + "; nothing is imputed");
        }
        boolean outside = (!Double.isNaN(in.min()) && v < in.min()) || (!Double.isNaN(in.max()) && v > in.max());
        if (in.binary() && v != 0 && v != 1) {
            throw new InvalidInputException("model '" + p.id() + "': '" + in.name() + "' is " + v + "; it must be 0 or 1");
        }
        if (outside && in.kind() == InputSpec.Kind.CLINICAL) {
            throw new InvalidInputException("model '" + p.id() + "': '" + in.name() + "' is " + v + "; valid range is "
                    + in.min() + " to " + in.max() + (in.unit().isEmpty() ? "" : " " + in.unit()));
        }
        if (outside) {
            warnings.add("'" + in.name() + "' = " + v + " is outside the training range [" + in.min() + ", "
                    + in.max() + "]");
        }
        return v;
    }
}
