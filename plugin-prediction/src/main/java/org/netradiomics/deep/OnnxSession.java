package org.netradiomics.deep;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.ValueInfo;

import org.netradiomics.volume.InvalidInputException;

/**
 * The one class that touches ONNX Runtime: opens a model file, describes its inputs and outputs, runs it on a float
 * tensor. Loaded only through {@link OnnxFeatureExtractor}, after it has checked that ONNX Runtime is present.
 */
final class OnnxSession implements AutoCloseable {
    /** A graph input or output: its element type ({@code float}, {@code double}, ...) and shape (-1 = any size). */
    record Port(String type, long[] shape) {}

    /** An output tensor as float values in row-major order, with its shape. */
    record Output(float[] values, long[] shape) {}

    private final OrtEnvironment env;
    private final OrtSession session;
    private final Path file;

    private OnnxSession(OrtEnvironment env, OrtSession session, Path file) {
        this.env = env;
        this.session = session;
        this.file = file;
    }

    /** Opens the model; a file ONNX Runtime cannot read is refused with its message. */
    static OnnxSession open(Path file) {
        OrtEnvironment env;
        try {
            env = OrtEnvironment.getEnvironment();
        } catch (RuntimeException | LinkageError e) {
            throw new InvalidInputException("ONNX Runtime's native library did not load on this machine: " + e, e);
        }
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            return new OnnxSession(env, env.createSession(file.toString(), options), file);
        } catch (OrtException e) {
            throw new InvalidInputException(file.getFileName() + " is not an ONNX model ONNX Runtime can load: "
                    + e.getMessage(), e);
        }
    }

    Map<String, Port> inputs() {
        try {
            return ports(session.getInputInfo());
        } catch (OrtException e) {
            throw new InvalidInputException(file.getFileName() + ": cannot read the model's inputs: " + e.getMessage(), e);
        }
    }

    Map<String, Port> outputs() {
        try {
            return ports(session.getOutputInfo());
        } catch (OrtException e) {
            throw new InvalidInputException(file.getFileName() + ": cannot read the model's outputs: " + e.getMessage(), e);
        }
    }

    private static Map<String, Port> ports(Map<String, NodeInfo> info) {
        Map<String, Port> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeInfo> e : info.entrySet()) {
            ValueInfo v = e.getValue().getInfo();
            out.put(e.getKey(), v instanceof TensorInfo t
                    ? new Port(t.type.name().toLowerCase(java.util.Locale.ROOT), t.getShape())
                    : new Port(v.getClass().getSimpleName(), new long[0]));
        }
        return out;
    }

    /** Runs the model on one float tensor and returns one output as float values. */
    Output run(String inputName, float[] values, long[] shape, String outputName) {
        try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape);
                OrtSession.Result result = session.run(Map.of(inputName, input), Set.of(outputName))) {
            OnnxValue v = result.get(outputName).orElseThrow(() -> new InvalidInputException(
                    file.getFileName() + " gave no output '" + outputName + "'"));
            if (!(v instanceof OnnxTensor t)) {
                throw new InvalidInputException(file.getFileName() + ": output '" + outputName + "' is a "
                        + v.getType() + ", not a tensor");
            }
            long[] outShape = t.getInfo().getShape();
            float[] out;
            if (t.getInfo().type == OnnxJavaType.FLOAT) {
                FloatBuffer b = t.getFloatBuffer();
                out = new float[b.remaining()];
                b.get(out);
            } else if (t.getInfo().type == OnnxJavaType.DOUBLE) {
                java.nio.DoubleBuffer b = t.getDoubleBuffer();
                out = new float[b.remaining()];
                for (int i = 0; i < out.length; i++) out[i] = (float) b.get(i);
            } else {
                throw new InvalidInputException(file.getFileName() + ": output '" + outputName + "' holds "
                        + t.getInfo().type + " values; a feature output must be float or double");
            }
            return new Output(out, outShape);
        } catch (OrtException e) {
            throw new InvalidInputException(file.getFileName() + " failed on the input tensor: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("closing the ONNX session failed: " + e.getMessage(), e);
        }
    }
}
