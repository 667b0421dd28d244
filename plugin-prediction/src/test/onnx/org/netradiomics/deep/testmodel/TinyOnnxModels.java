package org.netradiomics.deep.testmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tiny ONNX models written byte by byte with {@link ProtoWriter} (field numbers of the public onnx.proto), and the
 * same computation done in plain loops as an independent reference. The network: input {@code "input"} float
 * [1, 3, 8, 8] -> Conv (2 output channels, 3 x 3 kernel, {@link #WEIGHTS}, {@link #BIAS}, no padding, stride 1) ->
 * Relu -> GlobalAveragePool -> Flatten -> output {@code "features"} [1, 2]; or, without the pooling, the Relu map as
 * output {@code "features"} [1, 2, 6, 6].
 */
public final class TinyOnnxModels {
    public static final int CHANNELS = 3, SIZE = 8, FILTERS = 2, KERNEL = 3, OUT = SIZE - KERNEL + 1;

    /** Conv weights [2][3][3][3], row-major: w = ((o * 27 + c * 9 + kh * 3 + kw) mod 7 - 3) / 10. */
    public static final float[] WEIGHTS = weights();
    /** Conv biases (with {@link #input()}, Relu clips 10 of filter 0's 36 values and 13 of filter 1's). */
    public static final float[] BIAS = {0.3f, 0.2f};

    // onnx.proto field numbers
    private static final int MODEL_IR_VERSION = 1, MODEL_PRODUCER = 2, MODEL_GRAPH = 7, MODEL_OPSET = 8;
    private static final int OPSET_DOMAIN = 1, OPSET_VERSION = 2;
    private static final int GRAPH_NODE = 1, GRAPH_NAME = 2, GRAPH_INITIALIZER = 5, GRAPH_INPUT = 11, GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1, NODE_OUTPUT = 2, NODE_NAME = 3, NODE_OP = 4, NODE_ATTRIBUTE = 5;
    private static final int ATTR_NAME = 1, ATTR_I = 3, ATTR_INTS = 8, ATTR_TYPE = 20;
    private static final int ATTR_INT = 2, ATTR_INTS_TYPE = 7;
    private static final int TENSOR_DIMS = 1, TENSOR_TYPE = 2, TENSOR_NAME = 8, TENSOR_RAW = 9;
    private static final int VALUE_NAME = 1, VALUE_TYPE = 2;
    private static final int TYPE_TENSOR = 1, TENSOR_ELEM = 1, TENSOR_SHAPE = 2, SHAPE_DIM = 1;
    private static final int DIM_VALUE = 1, DIM_PARAM = 2;
    private static final int FLOAT = 1;

    private TinyOnnxModels() {}

    private static float[] weights() {
        float[] w = new float[FILTERS * CHANNELS * KERNEL * KERNEL];
        for (int n = 0; n < w.length; n++) {
            w[n] = ((n % 7) - 3) / 10f;
        }
        return w;
    }

    /** Conv, Relu, GlobalAveragePool, Flatten: output "features" [1, 2]. */
    public static byte[] pooled() {
        return model(true, false);
    }

    /** Conv, Relu: output "features" [1, 2, 6, 6]. */
    public static byte[] spatial() {
        return model(false, false);
    }

    /**
     * The model; {@code dynamicBatch} gives the input and output a symbolic batch dimension "N" instead of 1.
     */
    public static byte[] model(boolean pool, boolean dynamicBatch) {
        ProtoWriter graph = new ProtoWriter();
        graph.message(GRAPH_NODE, node("conv", "Conv", new String[] {"input", "W", "B"}, "conv_out")
                .message(NODE_ATTRIBUTE, ints("kernel_shape", KERNEL, KERNEL)));
        graph.message(GRAPH_NODE, node("relu", "Relu", new String[] {"conv_out"}, pool ? "relu_out" : "features"));
        if (pool) {
            graph.message(GRAPH_NODE, node("gap", "GlobalAveragePool", new String[] {"relu_out"}, "gap_out"));
            graph.message(GRAPH_NODE, node("flatten", "Flatten", new String[] {"gap_out"}, "features")
                    .message(NODE_ATTRIBUTE, new ProtoWriter().string(ATTR_NAME, "axis").varint(ATTR_TYPE, ATTR_INT)
                            .varint(ATTR_I, 1)));
        }
        graph.string(GRAPH_NAME, "tiny");
        graph.message(GRAPH_INITIALIZER, tensor("W", WEIGHTS, FILTERS, CHANNELS, KERNEL, KERNEL));
        graph.message(GRAPH_INITIALIZER, tensor("B", BIAS, FILTERS));
        Object batch = dynamicBatch ? "N" : (Object) 1L;
        graph.message(GRAPH_INPUT, valueInfo("input", batch, (long) CHANNELS, (long) SIZE, (long) SIZE));
        graph.message(GRAPH_OUTPUT, pool ? valueInfo("features", batch, (long) FILTERS)
                : valueInfo("features", batch, (long) FILTERS, (long) OUT, (long) OUT));
        return new ProtoWriter()
                .varint(MODEL_IR_VERSION, 8)
                .string(MODEL_PRODUCER, "netradiomics-test")
                .message(MODEL_GRAPH, graph)
                .message(MODEL_OPSET, new ProtoWriter().string(OPSET_DOMAIN, "").varint(OPSET_VERSION, 13))
                .toByteArray();
    }

    /** Writes the pooled (or spatial) model to a file and returns it. */
    public static Path write(Path file, byte[] model) throws IOException {
        return Files.write(file, model);
    }

    private static ProtoWriter node(String name, String op, String[] inputs, String output) {
        ProtoWriter n = new ProtoWriter();
        for (String in : inputs) {
            n.string(NODE_INPUT, in);
        }
        return n.string(NODE_OUTPUT, output).string(NODE_NAME, name).string(NODE_OP, op);
    }

    private static ProtoWriter ints(String name, long... values) {
        ProtoWriter a = new ProtoWriter().string(ATTR_NAME, name).varint(ATTR_TYPE, ATTR_INTS_TYPE);
        for (long v : values) {
            a.varint(ATTR_INTS, v);
        }
        return a;
    }

    private static ProtoWriter tensor(String name, float[] values, long... dims) {
        ProtoWriter t = new ProtoWriter();
        for (long d : dims) {
            t.varint(TENSOR_DIMS, d);
        }
        return t.varint(TENSOR_TYPE, FLOAT).string(TENSOR_NAME, name).bytes(TENSOR_RAW, ProtoWriter.littleEndian(values));
    }

    /** A float tensor's ValueInfoProto; each dimension a Long (dim_value) or a String (dim_param). */
    private static ProtoWriter valueInfo(String name, Object... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (Object d : dims) {
            shape.message(SHAPE_DIM, d instanceof String s ? new ProtoWriter().string(DIM_PARAM, s)
                    : new ProtoWriter().varint(DIM_VALUE, (Long) d));
        }
        ProtoWriter tensorType = new ProtoWriter().varint(TENSOR_ELEM, FLOAT).message(TENSOR_SHAPE, shape);
        return new ProtoWriter().string(VALUE_NAME, name).message(VALUE_TYPE, new ProtoWriter().message(TYPE_TENSOR,
                tensorType));
    }

    /** A known input [1, 3, 8, 8] in 0..1: x[c][h][w] = ((c + 1) * (h + 2 w) mod 11) / 10. */
    public static float[] input() {
        float[] x = new float[CHANNELS * SIZE * SIZE];
        for (int c = 0; c < CHANNELS; c++) {
            for (int h = 0; h < SIZE; h++) {
                for (int w = 0; w < SIZE; w++) {
                    x[(c * SIZE + h) * SIZE + w] = ((c + 1) * (h + 2 * w) % 11) / 10f;
                }
            }
        }
        return x;
    }

    /** Reference Conv + Relu of an input [1, 3, 8, 8] (NCHW): [2][6][6] in row-major order, in double. */
    public static double[] convRelu(float[] x) {
        double[] y = new double[FILTERS * OUT * OUT];
        for (int o = 0; o < FILTERS; o++) {
            for (int r = 0; r < OUT; r++) {
                for (int q = 0; q < OUT; q++) {
                    double acc = BIAS[o];
                    for (int c = 0; c < CHANNELS; c++) {
                        for (int kh = 0; kh < KERNEL; kh++) {
                            for (int kw = 0; kw < KERNEL; kw++) {
                                acc += WEIGHTS[((o * CHANNELS + c) * KERNEL + kh) * KERNEL + kw]
                                        * x[(c * SIZE + r + kh) * SIZE + q + kw];
                            }
                        }
                    }
                    y[(o * OUT + r) * OUT + q] = Math.max(0, acc);
                }
            }
        }
        return y;
    }

    /** Per-filter mean (GlobalAveragePool) of a [2][6][6] map. */
    public static double[] average(double[] map) {
        double[] out = new double[FILTERS];
        for (int o = 0; o < FILTERS; o++) {
            for (int p = 0; p < OUT * OUT; p++) out[o] += map[o * OUT * OUT + p];
            out[o] /= OUT * OUT;
        }
        return out;
    }

    /** Per-filter maximum of a [2][6][6] map. */
    public static double[] max(double[] map) {
        double[] out = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int o = 0; o < FILTERS; o++) {
            for (int p = 0; p < OUT * OUT; p++) out[o] = Math.max(out[o], map[o * OUT * OUT + p]);
        }
        return out;
    }
}
