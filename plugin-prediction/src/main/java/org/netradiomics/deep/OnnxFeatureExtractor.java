package org.netradiomics.deep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.netradiomics.deep.DeepFeatureSettings.Pooling;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * Deep features of lesions from a user-supplied ONNX network (e.g. an ImageNet ResNet-50 exported without its
 * classifier): each lesion's slice crop ({@link SliceCrop}) is fed to the model's input, the named output is pooled
 * over its spatial axes if the settings ask, and its values become the columns {@code deep_feature0001 ...}.
 * Opening checks the model against the settings (input name, shape and type; output name and size) so that a wrong
 * model is refused before any lesion is processed. Needs ONNX Runtime (the onnxruntime jar) on the class path.
 * Not thread-safe; close it to free the native session.
 */
public final class OnnxFeatureExtractor implements AutoCloseable {
    private final DeepFeatureSettings settings;
    private final OnnxSession session;
    private final Path model;

    private OnnxFeatureExtractor(DeepFeatureSettings settings, OnnxSession session, Path model) {
        this.settings = settings;
        this.session = session;
        this.model = model;
    }

    /**
     * Opens a model for these settings.
     *
     * @throws InvalidInputException if the file is missing or no ONNX model, ONNX Runtime is absent, the input is not
     *                               in the model (the model's inputs are listed) or has another shape or type, or the
     *                               output is not in the model or does not hold {@code featureCount} features
     */
    public static OnnxFeatureExtractor open(Path model, DeepFeatureSettings settings) {
        if (!Files.exists(model)) {
            throw new InvalidInputException("ONNX model not found: " + model);
        }
        if (!Files.isRegularFile(model)) {
            throw new InvalidInputException("the ONNX model " + model + " is not a file");
        }
        requireOnnxRuntime();
        OnnxSession session = OnnxSession.open(model);
        try {
            check(session, settings, model.getFileName().toString());
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return new OnnxFeatureExtractor(settings, session, model);
    }

    private static void requireOnnxRuntime() {
        try {
            Class.forName("ai.onnxruntime.OrtEnvironment", false, OnnxFeatureExtractor.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidInputException("deep features need ONNX Runtime: put the onnxruntime jar "
                    + "(com.microsoft.onnxruntime:onnxruntime) on the class path, or install it beside the bundles");
        }
    }

    private static void check(OnnxSession session, DeepFeatureSettings s, String name) {
        Map<String, OnnxSession.Port> inputs = session.inputs();
        OnnxSession.Port in = inputs.get(s.inputName());
        if (in == null) {
            throw new InvalidInputException(name + " has no input '" + s.inputName() + "'; its inputs: "
                    + describe(inputs));
        }
        if (!in.type().equals("float")) {
            throw new InvalidInputException(name + ": input '" + s.inputName() + "' takes " + in.type()
                    + " values; the extractor feeds float");
        }
        long[] expected = s.inputShape();
        if (!fits(in.shape(), expected)) {
            throw new InvalidInputException(name + ": input '" + s.inputName() + "' has shape " + shape(in.shape())
                    + "; the settings make " + shape(expected) + " (1 lesion, " + s.channels() + " channel"
                    + (s.channels() == 1 ? "" : "s") + ", " + s.outputHeight() + " x " + s.outputWidth() + " pixels)");
        }
        Map<String, OnnxSession.Port> outputs = session.outputs();
        OnnxSession.Port out = outputs.get(s.outputName());
        if (out == null) {
            throw new InvalidInputException(name + " has no output '" + s.outputName() + "'; its outputs: "
                    + describe(outputs));
        }
        if (Arrays.stream(out.shape()).allMatch(d -> d >= 0)) {
            checkOutput(out.shape(), s, name);
        }
    }

    /** A model dimension of -1 (symbolic or unknown) fits any size; ranks must agree. */
    private static boolean fits(long[] model, long[] wanted) {
        if (model.length != wanted.length) {
            return false;
        }
        for (int a = 0; a < model.length; a++) {
            if (model[a] >= 0 && model[a] != wanted[a]) {
                return false;
            }
        }
        return true;
    }

    /** The output holds {@code featureCount} values (no pooling) or {@code [1, featureCount, ...]} (pooling). */
    private static void checkOutput(long[] shape, DeepFeatureSettings s, String name) {
        String what = name + ": output '" + s.outputName() + "' has shape " + shape(shape) + "; ";
        if (shape.length == 0 || shape[0] != 1) {
            throw new InvalidInputException(what + "expected a batch of 1 first, [1, " + s.featureCount() + ", ...]");
        }
        if (s.pooling() == Pooling.NONE) {
            long n = 1;
            for (long d : shape) n *= d;
            if (n != s.featureCount()) {
                throw new InvalidInputException(what + "it holds " + n + " values, the settings name "
                        + s.featureCount() + " features (featureCount; pooling none expects [1, " + s.featureCount()
                        + "])");
            }
        } else if (shape.length < 2 || shape[1] != s.featureCount()) {
            throw new InvalidInputException(what + "pooling " + s.pooling().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + " expects [1, " + s.featureCount() + ", H, W] (featureCount "
                    + s.featureCount() + " channels)");
        }
    }

    private static String describe(Map<String, OnnxSession.Port> ports) {
        return ports.entrySet().stream().map(e -> "'" + e.getKey() + "' " + e.getValue().type() + " "
                + shape(e.getValue().shape())).collect(Collectors.joining(", "));
    }

    private static String shape(long[] shape) {
        return Arrays.stream(shape).mapToObj(d -> d < 0 ? "?" : Long.toString(d))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** The settings this extractor applies. */
    public DeepFeatureSettings settings() {
        return settings;
    }

    /** The model file. */
    public Path model() {
        return model;
    }

    /** The features of one lesion: its slice crop through the network, by column name in order. */
    public Map<String, Double> features(Volume image, Mask lesion) {
        return features(SliceCrop.of(image, lesion, settings));
    }

    /** The features of a prepared input tensor, by column name in order. */
    public Map<String, Double> features(SliceTensor input) {
        if (!Arrays.equals(input.shape(), settings.inputShape())) {
            throw new InvalidInputException("the input tensor has shape " + shape(input.shape()) + "; the settings "
                    + "make " + shape(settings.inputShape()));
        }
        OnnxSession.Output out = session.run(settings.inputName(), input.values(), input.shape(),
                settings.outputName());
        checkOutput(out.shape(), settings, model.getFileName().toString());
        double[] values = pool(out);
        List<String> columns = settings.columns();
        Map<String, Double> row = new LinkedHashMap<>();
        for (int f = 0; f < values.length; f++) {
            row.put(columns.get(f), values[f]);
        }
        return row;
    }

    /**
     * The features of several lesions of one patient on the same image: one row per lesion, in the order given
     * (the model package's {@code aggregation} then makes the patient's values).
     */
    public List<Map<String, Double>> features(Volume image, List<Mask> lesions) {
        List<Map<String, Double>> rows = new ArrayList<>(lesions.size());
        for (Mask m : lesions) {
            rows.add(features(image, m));
        }
        return rows;
    }

    /** The output's values, or their mean or maximum over the spatial positions of each channel. */
    private double[] pool(OnnxSession.Output out) {
        float[] v = out.values();
        if (settings.pooling() == Pooling.NONE) {
            double[] d = new double[v.length];
            for (int i = 0; i < v.length; i++) d[i] = v[i];
            return d;
        }
        int channels = settings.featureCount();
        int spatial = v.length / channels;
        double[] d = new double[channels];
        for (int c = 0; c < channels; c++) {
            double acc = settings.pooling() == Pooling.GLOBAL_MAX ? Double.NEGATIVE_INFINITY : 0;
            for (int p = 0; p < spatial; p++) {
                double x = v[c * spatial + p];
                acc = settings.pooling() == Pooling.GLOBAL_MAX ? Math.max(acc, x) : acc + x;
            }
            d[c] = settings.pooling() == Pooling.GLOBAL_MAX ? acc : acc / spatial;
        }
        return d;
    }

    @Override
    public void close() {
        session.close();
    }
}
