package org.netradiomics.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.model.Baseline;
import org.netradiomics.model.Estimator;
import org.netradiomics.model.InputSpec;
import org.netradiomics.model.ModelPackage;

/**
 * Model packages from the pipelines whose fitted models are linear in the features (TALENT, gastric NEN, LNM):
 * signatures are expanded into per-feature coefficients on z-scored inputs, so the package computes exactly what the
 * pipeline fitted.
 */
public final class PackageExport {
    private PackageExport() {}

    /** The TALENT radiomics model ({@code id + "-radiomics"}) and the combined model ({@code id}). */
    public static List<ModelPackage> talent(TalentPipeline.Result r, TalentPipeline.Settings s, String id,
            String cohort) {
        List<InputSpec> features = new ArrayList<>();
        Map<String, Double> coef = new LinkedHashMap<>();
        for (int k = 0; k < r.signature().size(); k++) {
            String name = r.signature().get(k);
            features.add(new InputSpec(name, InputSpec.Kind.FEATURE, "", Double.NaN, Double.NaN, false, true,
                    r.signatureScaling().mean()[k], r.signatureScaling().sd()[k], ""));
            coef.put(name, r.radiomicsCoefficients()[k + 1]);
        }
        Map<String, Object> prov = provenance("talent", cohort);
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("aucTrain", r.radiomicsTrain().auc());
        perf.put("aucTest", r.radiomicsTest().auc());
        ModelPackage radiomics = new ModelPackage(id + "-radiomics", "TALENT pipeline retrained on " + cohort, "",
                Map.of(), Map.of(), "median", features, new Estimator.Logistic(r.radiomicsCoefficients()[0], coef),
                r.radiomicsCutoff(), List.of("benefit unlikely", "benefit likely"), "fitted-on-site", List.of(), perf,
                prov);
        List<InputSpec> clinical = List.of(
                new InputSpec("RADscore", InputSpec.Kind.SCORE, "probability", 0, 1, false, false, Double.NaN,
                        Double.NaN, id + "-radiomics"),
                new InputSpec(s.ki67(), InputSpec.Kind.CLINICAL, "%", 0, 100, false, false, Double.NaN, Double.NaN, ""),
                new InputSpec(s.pancreas(), InputSpec.Kind.CLINICAL, "", Double.NaN, Double.NaN, true, false,
                        Double.NaN, Double.NaN, ""));
        Map<String, Double> c2 = new LinkedHashMap<>();
        c2.put("RADscore", r.combinedCoefficients()[1]);
        c2.put(s.ki67(), r.combinedCoefficients()[2]);
        c2.put(s.pancreas(), r.combinedCoefficients()[3]);
        Map<String, Object> perf2 = new LinkedHashMap<>();
        perf2.put("aucTrain", r.combinedTrain().auc());
        perf2.put("aucTest", r.combinedTest().auc());
        ModelPackage combined = new ModelPackage(id, "TALENT combined model retrained on " + cohort, "", Map.of(),
                Map.of(), "median", clinical, new Estimator.Logistic(r.combinedCoefficients()[0], c2),
                r.combinedCutoff(), List.of("benefit unlikely", "benefit likely"), "fitted-on-site", List.of(), perf2,
                prov);
        return List.of(radiomics, combined);
    }

    /** The gastric NEN Cox model with signatures expanded over their z-scored features. */
    public static ModelPackage gastricNen(GastricNenPipeline.Result r, GastricNenPipeline.Settings s, String id,
            String cohort) {
        List<InputSpec> inputs = new ArrayList<>();
        Map<String, Double> coef = new LinkedHashMap<>();
        for (int g = 0; g < r.signatures().size(); g++) {
            GastricNenPipeline.Signature sig = r.signatures().get(g);
            double gamma = r.combinedCoefficients()[g];
            for (int k = 0; k < sig.features().size(); k++) {
                String name = sig.features().get(k);
                inputs.add(new InputSpec(name, InputSpec.Kind.FEATURE, "", Double.NaN, Double.NaN, false, true,
                        sig.scaling().mean()[k], sig.scaling().sd()[k], ""));
                coef.merge(name, gamma * sig.coefficients()[k], Double::sum);
            }
        }
        for (int c = 0; c < s.clinical().size(); c++) {
            String name = s.clinical().get(c);
            inputs.add(new InputSpec(name, InputSpec.Kind.CLINICAL, "", Double.NaN, Double.NaN, false, false,
                    Double.NaN, Double.NaN, ""));
            coef.put(name, r.combinedCoefficients()[r.signatures().size() + c]);
        }
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("cIndexTrain", r.train().cIndex());
        perf.put("cIndexTest", r.test().cIndex());
        perf.put("logrankPTest", r.test().logRankP());
        return new ModelPackage(id, "gastric NEN pipeline retrained on " + cohort, "", Map.of(), Map.of(), "none",
                List.copyOf(inputs), new Estimator.Cox(coef, baseline(r.baseline(), s.time())), r.riskCutoff(),
                List.of("low risk", "high risk"), "fitted-on-site", List.of(), perf, provenance("gnen", cohort));
    }

    /** The LNM RDPs model ({@code id + "-rdps"}, signatures expanded) and the nomogram ({@code id}). */
    public static List<ModelPackage> lnm(LnmPipeline.Result r, LnmPipeline.Settings s, String id, String cohort) {
        List<InputSpec> inputs = new ArrayList<>();
        Map<String, Double> coef = new LinkedHashMap<>();
        double intercept = r.rdpsCoefficients()[0];
        LnmPipeline.Signature[] sigs = {r.radiomics(), r.deep()};
        for (int g = 0; g < 2; g++) {
            double b = r.rdpsCoefficients()[g + 1];
            intercept += b * sigs[g].coefficients()[0];
            for (int k = 0; k < sigs[g].features().size(); k++) {
                String name = sigs[g].features().get(k);
                inputs.add(new InputSpec(name, InputSpec.Kind.FEATURE, "", Double.NaN, Double.NaN, false, true,
                        sigs[g].scaling().mean()[k], sigs[g].scaling().sd()[k], ""));
                coef.put(name, b * sigs[g].coefficients()[k + 1]);
            }
        }
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("aucTest", r.rdpsTest().auc());
        ModelPackage rdps = new ModelPackage(id + "-rdps", "LNM RDPs retrained on " + cohort, "", Map.of(), Map.of(),
                "none", List.copyOf(inputs), new Estimator.Logistic(intercept, coef), Double.NaN, List.of(),
                "fitted-on-site", List.of(), perf, provenance("lnm", cohort));
        List<InputSpec> nomo = new ArrayList<>();
        Map<String, Double> c2 = new LinkedHashMap<>();
        nomo.add(new InputSpec("RDPs", InputSpec.Kind.SCORE, "probability", 0, 1, false, false, Double.NaN,
                Double.NaN, id + "-rdps"));
        c2.put("RDPs", r.nomogramCoefficients()[1]);
        for (int c = 0; c < s.clinical().size(); c++) {
            nomo.add(new InputSpec(s.clinical().get(c), InputSpec.Kind.CLINICAL, "", Double.NaN, Double.NaN, true,
                    false, Double.NaN, Double.NaN, ""));
            c2.put(s.clinical().get(c), r.nomogramCoefficients()[c + 2]);
        }
        Map<String, Object> perf2 = new LinkedHashMap<>();
        perf2.put("aucTrain", r.nomogramTrain().auc());
        perf2.put("aucTest", r.nomogramTest().auc());
        ModelPackage nomogram = new ModelPackage(id, "LNM nomogram retrained on " + cohort, "", Map.of(), Map.of(),
                "none", List.copyOf(nomo), new Estimator.Logistic(r.nomogramCoefficients()[0], c2), Double.NaN,
                List.of(), "fitted-on-site", List.of(), perf2, provenance("lnm", cohort));
        return List.of(rdps, nomogram);
    }

    /** The RAISE model: deep features -> PCA -> MLP score, then Cox with SLD ratio and change in log CgA. */
    public static ModelPackage raise(RaisePipeline.Result r, RaisePipeline.Settings s, String id, String cohort) {
        RaisePipeline.Model m = r.model();
        Map<String, Double> coef = new LinkedHashMap<>();
        coef.put("dl_score", m.coxCoefficients()[0]);
        coef.put(s.sldRatio(), m.coxCoefficients()[1]);
        coef.put(s.deltaLogCga(), m.coxCoefficients()[2]);
        List<InputSpec> inputs = List.of(
                new InputSpec("dl_score", InputSpec.Kind.SCORE, "", Double.NaN, Double.NaN, false, false, Double.NaN,
                        Double.NaN, id),
                new InputSpec(s.sldRatio(), InputSpec.Kind.CLINICAL, "", 0, 10, false, false, Double.NaN, Double.NaN, ""),
                new InputSpec(s.deltaLogCga(), InputSpec.Kind.CLINICAL, "", -10, 10, false, false, Double.NaN,
                        Double.NaN, ""));
        Estimator.DeepScoreCox est = new Estimator.DeepScoreCox(m.features(), m.pca().mean(), m.pca().rotation(),
                m.componentScaling().mean(), m.componentScaling().sd(), m.mlp(), coef, baseline(m.baseline(), s.time()));
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("cIndexCombinedMonteCarlo", r.evaluation().combinedC());
        perf.put("cIndexClinicalMonteCarlo", r.evaluation().clinicalC());
        return new ModelPackage(id, "RAISE pipeline retrained on " + cohort, "", Map.of(), Map.of(), "mean", inputs,
                est, Double.NaN, List.of(), "fitted-on-site", List.of(), perf, provenance("raise", cohort));
    }

    /** The surufatinib model (ComBat, scaling, selection, stacking ensemble), stored whole. */
    public static ModelPackage surufatinib(SurufatinibPipeline.Result r, String id, String cohort) {
        SurufatinibPipeline.Model m = r.model();
        List<InputSpec> inputs = new ArrayList<>();
        for (String f : m.features()) {
            inputs.add(new InputSpec(f, InputSpec.Kind.FEATURE, "", Double.NaN, Double.NaN, false, false, Double.NaN,
                    Double.NaN, ""));
        }
        List<String> centres = m.combat() == null ? List.of() : m.combat().centres();
        if (!centres.isEmpty()) {
            inputs.add(new InputSpec("centre_index", InputSpec.Kind.CLINICAL, "", 0, centres.size() - 1, false, false,
                    Double.NaN, Double.NaN, ""));
        }
        Map<String, Object> perf = new LinkedHashMap<>();
        perf.put("nestedCvAuc", r.nestedCv().auc());
        perf.put("nestedCvAucInterval95", r.nestedCv().aucInterval95());
        perf.put("nestedCvBrier", r.nestedCv().brier());
        Map<String, Object> prov = provenance("surufatinib", cohort);
        prov.put("selectedFeatures", m.selected());
        prov.put("centres", centres);
        return new ModelPackage(id, "surufatinib pipeline retrained on " + cohort, "", Map.of(), Map.of(), "mean",
                List.copyOf(inputs), new Estimator.Serialized("stacking", new SurufatinibPackageModel(m, centres)), 0.5,
                List.of("response unlikely", "response likely"), "fitted-on-site", List.of(), perf, prov);
    }

    /**
     * The package baseline from a Cox model's uncentred steps (times, hazard), the time unit named by the cohort's
     * time column, survival reported at the quartiles of the event times (rounded to 3 significant digits).
     */
    static Baseline baseline(double[][] steps, String timeColumn) {
        double[] t = steps[0];
        double[] report = new double[3];
        for (int q = 1; q <= 3; q++) {
            double v = t[Math.min(t.length - 1, (int) Math.floor(q * (t.length - 1) / 4.0))];
            report[q - 1] = v > 0 ? new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue() : 1;
        }
        return new Baseline("the cohort's '" + timeColumn + "' unit", t, steps[1],
                java.util.Arrays.stream(report).distinct().toArray());
    }

    /**
     * The package with each feature input's range set to the range of that column in the development cohort, so
     * that a prediction for values outside it warns ("outside the training range"); other inputs are unchanged.
     */
    public static ModelPackage withDevelopmentRanges(ModelPackage p, CohortTable cohort) {
        List<InputSpec> inputs = new ArrayList<>();
        for (InputSpec in : p.inputs()) {
            if (in.kind() == InputSpec.Kind.FEATURE && cohort.has(in.name())) {
                double[] v = cohort.numeric(in.name());
                double lo = java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).min().orElse(Double.NaN);
                double hi = java.util.Arrays.stream(v).filter(x -> !Double.isNaN(x)).max().orElse(Double.NaN);
                in = new InputSpec(in.name(), in.kind(), in.unit(), lo, hi, in.binary(), in.standardised(), in.mean(),
                        in.sd(), in.source());
            }
            inputs.add(in);
        }
        return new ModelPackage(p.id(), p.study(), p.doi(), p.intendedUse(), p.extraction(), p.aggregation(),
                List.copyOf(inputs), p.estimator(), p.cutoff(), p.groups(), p.calibration(), p.missing(),
                p.performance(), p.provenance());
    }

    private static Map<String, Object> provenance(String pipeline, String cohort) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("fittedBy", "netradiomics train --pipeline " + pipeline);
        p.put("cohort", cohort);
        return p;
    }
}
