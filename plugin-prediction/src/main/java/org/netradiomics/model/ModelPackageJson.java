package org.netradiomics.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.netradiomics.volume.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes model packages as JSON, validating every field on read with an error that names it
 * ({@code talent-combined.json: estimator.coefficients.ki67 is "x", not a number}).
 */
public final class ModelPackageJson {
    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final Set<String> AGGREGATIONS = Set.of("median", "mean", "none", "pooled");
    private static final Set<String> CALIBRATION = Set.of("published", "requires-reference-cohort", "fitted-on-site",
            "approximated", "requires-training");

    private ModelPackageJson() {}

    /** Reads a package file. */
    public static ModelPackage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("model package not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read model package " + file + ": " + e.getMessage());
        }
    }

    /** Reads a package from a stream; {@code source} names it in errors. */
    public static ModelPackage read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidInputException(source + " is not valid JSON: " + e.getOriginalMessage());
        }
        return parse(root, source);
    }

    static ModelPackage parse(JsonNode root, String source) {
        ModelPackageSchema.validate(root, source);
        Fields f = new Fields(source);
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source + ": a model package is a JSON object");
        }
        int version = (int) f.number(root, "formatVersion");
        if (version != ModelPackage.FORMAT_VERSION) {
            throw new InvalidInputException(source + ": formatVersion " + version + " is not supported (this release "
                    + "reads version " + ModelPackage.FORMAT_VERSION + ")");
        }
        String id = f.text(root, "id");
        String aggregation = f.text(root, "aggregation");
        if (!AGGREGATIONS.contains(aggregation)) {
            throw new InvalidInputException(source + ": aggregation is '" + aggregation + "'; use median, mean, none or pooled");
        }
        String calibration = f.text(root, "calibration");
        if (!CALIBRATION.contains(calibration)) {
            throw new InvalidInputException(source + ": calibration is '" + calibration + "'; use one of " + CALIBRATION);
        }
        List<InputSpec> inputs = new ArrayList<>();
        JsonNode in = f.array(root, "inputs");
        for (int k = 0; k < in.size(); k++) {
            inputs.add(input(in.get(k), f, "inputs[" + k + "]"));
        }
        if (inputs.isEmpty()) {
            throw new InvalidInputException(source + ": inputs is empty");
        }
        Estimator estimator = estimator(f.object(root, "estimator"), f, inputs);
        List<String> groups = new ArrayList<>();
        root.path("groups").values().forEach(g -> groups.add(g.asString()));
        double cutoff = root.hasNonNull("cutoff") ? f.number(root, "cutoff") : Double.NaN;
        if (!Double.isNaN(cutoff) && groups.size() != 2) {
            throw new InvalidInputException(source + ": a cutoff needs two group names in 'groups' (below, at/above)");
        }
        List<String> missing = new ArrayList<>();
        root.path("missing").values().forEach(g -> missing.add(g.asString()));
        ModelPackage p = new ModelPackage(id, f.text(root, "study"), root.path("doi").asString(""),
                map(root.path("intendedUse")), map(root.path("extraction")), aggregation, List.copyOf(inputs), estimator,
                cutoff, List.copyOf(groups), calibration, List.copyOf(missing), map(root.path("performance")),
                map(root.path("provenance")));
        FeatureNames.check(p, source);
        return p;
    }

    private static InputSpec input(JsonNode n, Fields f, String where) {
        String name = f.text(n, "name", where);
        String kind = f.text(n, "kind", where);
        InputSpec.Kind k;
        try {
            k = InputSpec.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(f.source + ": " + where + ".kind is '" + kind
                    + "'; use feature, clinical or score");
        }
        String sourceId = n.path("source").asString("");
        if (k == InputSpec.Kind.SCORE && sourceId.isEmpty()) {
            throw new InvalidInputException(f.source + ": " + where + " is a score and needs 'source' (a package id)");
        }
        return new InputSpec(name, k, n.path("unit").asString(""), opt(n, "min", f, where), opt(n, "max", f, where),
                n.path("binary").booleanValue(false), n.path("standardised").booleanValue(false), opt(n, "mean", f, where),
                opt(n, "sd", f, where), sourceId);
    }

    private static double opt(JsonNode n, String key, Fields f, String where) {
        return n.hasNonNull(key) ? f.number(n, key, where) : Double.NaN;
    }

    private static Estimator estimator(JsonNode e, Fields f, List<InputSpec> inputs) {
        String type = f.text(e, "type", "estimator");
        if (e.path("requiresTraining").booleanValue(false)) {
            return new Estimator.RequiresTraining(type, e.path("pipeline").asString(""));
        }
        if (e.hasNonNull("serializedModel")) {
            return new Estimator.Serialized(type, SerializedModels.decode(e.get("serializedModel").asString(), f.source));
        }
        Map<String, Double> coef = new LinkedHashMap<>();
        JsonNode c = f.object(e, "coefficients", "estimator");
        for (InputSpec i : inputs) {
            if (!c.has(i.name())) {
                throw new InvalidInputException(f.source + ": estimator.coefficients has no value for input '"
                        + i.name() + "'");
            }
            coef.put(i.name(), f.number(c, i.name(), "estimator.coefficients"));
        }
        for (String name : c.propertyNames()) {
            if (!coef.containsKey(name)) {
                throw new InvalidInputException(f.source + ": estimator.coefficients names '" + name
                        + "', which is not an input");
            }
        }
        return switch (type) {
            case "logistic" -> new Estimator.Logistic(e.hasNonNull("intercept") ? f.number(e, "intercept", "estimator")
                    : Double.NaN, coef);
            case "cox" -> new Estimator.Cox(coef, baseline(e, f));
            case "deep-score-cox" -> deepScore(f.object(e, "deepScore", "estimator"), f, coef, baseline(e, f));
            default -> throw new InvalidInputException(f.source + ": estimator.type '" + type + "' is not known; use "
                    + "logistic or cox (or set requiresTraining)");
        };
    }

    /** The optional {@code estimator.baseline} of a Cox package, or null. */
    private static Baseline baseline(JsonNode e, Fields f) {
        JsonNode b = e.get("baseline");
        if (b == null || b.isNull()) {
            return null;
        }
        String where = "estimator.baseline";
        f.object(e, "baseline", "estimator");
        try {
            return new Baseline(f.text(b, "timeUnit", where), numbers(b, "times", f, where),
                    numbers(b, "cumulativeHazard", f, where), numbers(b, "reportTimes", f, where));
        } catch (InvalidInputException x) {
            throw x.getMessage().startsWith(f.source) ? x : new InvalidInputException(f.source + ": " + where + ": "
                    + x.getMessage().replaceFirst("^baseline: ", ""));
        }
    }

    private static double[] numbers(JsonNode n, String key, Fields f, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isArray()) {
            throw new InvalidInputException(f.source + ": " + where + "." + key + " is missing or not a list");
        }
        double[] out = new double[v.size()];
        for (int k = 0; k < out.length; k++) {
            if (!v.get(k).isNumber()) {
                throw new InvalidInputException(f.source + ": " + where + "." + key + "[" + k + "] is " + v.get(k)
                        + ", not a number");
            }
            out[k] = v.get(k).doubleValue();
        }
        return out;
    }

    private static void putBaseline(ObjectNode est, Baseline b) {
        if (b == null) {
            return;
        }
        ObjectNode n = est.putObject("baseline");
        n.put("timeUnit", b.timeUnit());
        n.set("times", MAPPER.valueToTree(b.times()));
        n.set("cumulativeHazard", MAPPER.valueToTree(b.cumulativeHazard()));
        n.set("reportTimes", MAPPER.valueToTree(b.reportTimes()));
    }

    private static Estimator deepScore(JsonNode d, Fields f, Map<String, Double> coef, Baseline baseline) {
        try {
            List<String> features = new ArrayList<>();
            d.path("features").values().forEach(x -> features.add(x.asString()));
            double[][] rotation = MAPPER.treeToValue(d.get("pcaRotation"), double[][].class);
            double[] mean = MAPPER.treeToValue(d.get("pcaMean"), double[].class);
            double[] cm = MAPPER.treeToValue(d.get("componentMean"), double[].class);
            double[] cs = MAPPER.treeToValue(d.get("componentSd"), double[].class);
            org.netradiomics.stats.neural.Mlp mlp = org.netradiomics.stats.neural.Mlp.of(
                    MAPPER.treeToValue(d.get("mlpSizes"), int[].class),
                    MAPPER.treeToValue(d.get("mlpWeights"), double[][][].class),
                    MAPPER.treeToValue(d.get("mlpBiases"), double[][].class));
            if (features.size() != mean.length || rotation.length != mean.length || cm.length != cs.length
                    || rotation[0].length != cm.length || mlp.sizes()[0] != cm.length) {
                throw new InvalidInputException(f.source + ": estimator.deepScore arrays do not fit together ("
                        + features.size() + " features, " + mean.length + " means, " + cm.length + " components)");
            }
            return new Estimator.DeepScoreCox(List.copyOf(features), mean, rotation, cm, cs, mlp, coef, baseline);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(f.source + ": estimator.deepScore is incomplete or malformed ("
                    + e.getMessage() + ")");
        }
    }

    private static Map<String, Object> map(JsonNode n) {
        if (n == null || !n.isObject()) {
            return Map.of();
        }
        return MAPPER.convertValue(n, LinkedHashMap.class);
    }

    /** The package as pretty-printed JSON. */
    public static String write(ModelPackage p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", ModelPackage.FORMAT_VERSION);
        root.put("id", p.id());
        root.put("study", p.study());
        root.put("doi", p.doi());
        root.set("intendedUse", MAPPER.valueToTree(p.intendedUse()));
        root.set("extraction", MAPPER.valueToTree(p.extraction()));
        root.put("aggregation", p.aggregation());
        ArrayNode inputs = root.putArray("inputs");
        for (InputSpec i : p.inputs()) {
            ObjectNode n = inputs.addObject();
            n.put("name", i.name());
            n.put("kind", i.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("unit", i.unit());
            putNumber(n, "min", i.min());
            putNumber(n, "max", i.max());
            if (i.binary()) {
                n.put("binary", true);
            }
            if (i.standardised()) {
                n.put("standardised", true);
            }
            putNumber(n, "mean", i.mean());
            putNumber(n, "sd", i.sd());
            if (!i.source().isEmpty()) {
                n.put("source", i.source());
            }
        }
        ObjectNode est = root.putObject("estimator");
        switch (p.estimator()) {
            case Estimator.Logistic l -> {
                est.put("type", "logistic");
                putNumber(est, "intercept", l.intercept());
                ObjectNode c = est.putObject("coefficients");
                l.coefficients().forEach(c::put);
            }
            case Estimator.Cox x -> {
                est.put("type", "cox");
                ObjectNode c = est.putObject("coefficients");
                x.coefficients().forEach(c::put);
                putBaseline(est, x.baseline());
            }
            case Estimator.DeepScoreCox d -> {
                est.put("type", "deep-score-cox");
                ObjectNode c = est.putObject("coefficients");
                d.coefficients().forEach(c::put);
                ObjectNode deep = est.putObject("deepScore");
                deep.set("features", MAPPER.valueToTree(d.deepFeatures()));
                deep.set("pcaMean", MAPPER.valueToTree(d.pcaMean()));
                deep.set("pcaRotation", MAPPER.valueToTree(d.pcaRotation()));
                deep.set("componentMean", MAPPER.valueToTree(d.componentMean()));
                deep.set("componentSd", MAPPER.valueToTree(d.componentSd()));
                deep.set("mlpSizes", MAPPER.valueToTree(d.mlp().sizes()));
                deep.set("mlpWeights", MAPPER.valueToTree(d.mlp().weightsCopy()));
                deep.set("mlpBiases", MAPPER.valueToTree(d.mlp().biasesCopy()));
                putBaseline(est, d.baseline());
            }
            case Estimator.Serialized ser -> {
                est.put("type", ser.type());
                est.put("serializedModel", SerializedModels.encode(ser.model()));
            }
            case Estimator.RequiresTraining t -> {
                est.put("type", t.type());
                est.put("requiresTraining", true);
                est.put("pipeline", t.pipeline());
            }
        }
        putNumber(root, "cutoff", p.cutoff());
        ArrayNode g = root.putArray("groups");
        p.groups().forEach(g::add);
        root.put("calibration", p.calibration());
        ArrayNode m = root.putArray("missing");
        p.missing().forEach(m::add);
        root.set("performance", MAPPER.valueToTree(p.performance()));
        root.set("provenance", MAPPER.valueToTree(p.provenance()));
        return MAPPER.writer().withDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void putNumber(ObjectNode n, String key, double v) {
        if (!Double.isNaN(v)) {
            n.put(key, v);
        }
    }

    /** Typed field access with errors naming the field. */
    private record Fields(String source) {
        String text(JsonNode n, String key) {
            return text(n, key, "");
        }

        String text(JsonNode n, String key, String where) {
            JsonNode v = n.get(key);
            if (v == null || !v.isString() || v.asString().isBlank()) {
                throw new InvalidInputException(source + ": " + path(where, key) + " is missing or not a text");
            }
            return v.asString();
        }

        double number(JsonNode n, String key) {
            return number(n, key, "");
        }

        double number(JsonNode n, String key, String where) {
            JsonNode v = n.get(key);
            if (v == null || !v.isNumber()) {
                throw new InvalidInputException(source + ": " + path(where, key) + " is " + (v == null ? "missing"
                        : v.toString()) + ", not a number");
            }
            return v.doubleValue();
        }

        JsonNode array(JsonNode n, String key) {
            JsonNode v = n.get(key);
            if (v == null || !v.isArray()) {
                throw new InvalidInputException(source + ": " + key + " is missing or not a list");
            }
            return v;
        }

        JsonNode object(JsonNode n, String key) {
            return object(n, key, "");
        }

        JsonNode object(JsonNode n, String key, String where) {
            JsonNode v = n.get(key);
            if (v == null || !v.isObject()) {
                throw new InvalidInputException(source + ": " + path(where, key) + " is missing or not an object");
            }
            return v;
        }

        private static String path(String where, String key) {
            return where.isEmpty() ? key : where + "." + key;
        }
    }
}
