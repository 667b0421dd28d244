package org.netradiomics.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.deep.testmodel.TinyOnnxModels;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * The extractor on tiny ONNX models written byte by byte (TinyOnnxModels), against the same network computed in
 * plain loops, and against numbers computed independently (numpy, float64) for the known input: Conv + Relu +
 * GlobalAveragePool gives (0.1575, 0.13416667); the maximum of the Relu maps is (0.57, 0.42).
 */
class OnnxFeatureExtractorTest {
    @TempDir
    Path tmp;

    /** Settings matching the tiny model: 3 channels of 8 x 8, 2 features. */
    static Map<String, Object> tiny() {
        Map<String, Object> m = new HashMap<>();
        m.put("window", Map.of("level", 40, "width", 400));
        m.put("crop", Map.of("mode", "fixed", "sideMm", 8));
        m.put("outputSize", List.of(8, 8));
        m.put("channels", 3);
        m.put("inputName", "input");
        m.put("outputName", "features");
        m.put("featureCount", 2);
        return m;
    }

    private Path model(byte[] bytes) throws Exception {
        return TinyOnnxModels.write(Files.createTempFile(tmp, "tiny", ".onnx"), bytes);
    }

    private static SliceTensor knownInput() {
        return new SliceTensor(TinyOnnxModels.input(), new long[] {1, 3, 8, 8}, 0, 0, 0, 8);
    }

    @Test
    void pooledModelGivesTheByHandAverages() throws Exception {
        try (OnnxFeatureExtractor x = OnnxFeatureExtractor.open(model(TinyOnnxModels.pooled()),
                DeepFeatureSettings.fromMap(tiny(), "test"))) {
            Map<String, Double> f = x.features(knownInput());
            assertEquals(List.of("deep_feature0001", "deep_feature0002"), List.copyOf(f.keySet()));
            double[] loops = TinyOnnxModels.average(TinyOnnxModels.convRelu(TinyOnnxModels.input()));
            assertEquals(0.1575, loops[0], 1e-6);
            assertEquals(0.13416667, loops[1], 1e-6);
            assertEquals(loops[0], f.get("deep_feature0001"), 1e-6);
            assertEquals(loops[1], f.get("deep_feature0002"), 1e-6);
        }
    }

    @Test
    void spatialModelIsPooledByTheExtractor() throws Exception {
        double[] map = TinyOnnxModels.convRelu(TinyOnnxModels.input());
        Map<String, Object> m = tiny();
        m.put("pooling", "global-average");
        try (OnnxFeatureExtractor x = OnnxFeatureExtractor.open(model(TinyOnnxModels.spatial()),
                DeepFeatureSettings.fromMap(m, "test"))) {
            Map<String, Double> f = x.features(knownInput());
            assertEquals(TinyOnnxModels.average(map)[0], f.get("deep_feature0001"), 1e-6);
            assertEquals(TinyOnnxModels.average(map)[1], f.get("deep_feature0002"), 1e-6);
        }
        m.put("pooling", "global-max");
        m.put("columnPrefix", "venous_deep_");
        try (OnnxFeatureExtractor x = OnnxFeatureExtractor.open(model(TinyOnnxModels.spatial()),
                DeepFeatureSettings.fromMap(m, "test"))) {
            Map<String, Double> f = x.features(knownInput());
            assertEquals(0.57, f.get("venous_deep_0001"), 1e-6);
            assertEquals(0.42, f.get("venous_deep_0002"), 1e-6);
            assertEquals(TinyOnnxModels.max(map)[0], f.get("venous_deep_0001"), 1e-6);
        }
        // the 72 values of the map unpooled: 2 features would be the wrong count
        m.put("pooling", "none");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OnnxFeatureExtractor.open(
                model(TinyOnnxModels.spatial()), DeepFeatureSettings.fromMap(m, "test")));
        assertTrue(e.getMessage().contains("output 'features' has shape [1, 2, 6, 6]; it holds 72 values, the settings "
                + "name 2 features"), e.getMessage());
    }

    @Test
    void lesionsOfAPatientFromTheVolumeOneRowEach() throws Exception {
        // 8 x 8 x 2 CT, HU = 25 (i + 3 j) - 60 + 300 k; window 40 / 400 (-160..240 HU): w = (HU + 160) / 400
        Geometry g = Geometry.of(8, 8, 2, 1, 1, 1);
        float[] hu = new float[g.voxelCount()];
        for (int k = 0; k < 2; k++)
            for (int j = 0; j < 8; j++)
                for (int i = 0; i < 8; i++)
                    hu[g.index(i, j, k)] = 25 * (i + 3 * j) - 60 + 300 * k;
        Volume img = new Volume(g, hu);
        // lesion A: i 3..4, j 3..4 in slice 0 (centre 3.5, 3.5: the 8 mm crop is the whole slice 0);
        // lesion B: the same block in slice 1
        boolean[] a = new boolean[g.voxelCount()], b = new boolean[g.voxelCount()];
        for (int j = 3; j <= 4; j++)
            for (int i = 3; i <= 4; i++) {
                a[g.index(i, j, 0)] = true;
                b[g.index(i, j, 1)] = true;
            }
        try (OnnxFeatureExtractor x = OnnxFeatureExtractor.open(model(TinyOnnxModels.pooled()),
                DeepFeatureSettings.fromMap(tiny(), "test"))) {
            List<Map<String, Double>> rows = x.features(img, List.of(new Mask(g, a), new Mask(g, b)));
            assertEquals(2, rows.size());
            for (int k = 0; k < 2; k++) {
                float[] input = new float[3 * 64];
                for (int c = 0; c < 3; c++)
                    for (int j = 0; j < 8; j++)
                        for (int i = 0; i < 8; i++)
                            input[(c * 8 + j) * 8 + i] = (float) Math.min(1, Math.max(0,
                                    (25 * (i + 3 * j) - 60 + 300 * k + 160) / 400.0));
                double[] expected = TinyOnnxModels.average(TinyOnnxModels.convRelu(input));
                assertEquals(expected[0], rows.get(k).get("deep_feature0001"), 1e-5, "lesion " + k);
                assertEquals(expected[1], rows.get(k).get("deep_feature0002"), 1e-5, "lesion " + k);
            }
        }
    }

    @Test
    void symbolicBatchDimensionIsAccepted() throws Exception {
        try (OnnxFeatureExtractor x = OnnxFeatureExtractor.open(model(TinyOnnxModels.model(true, true)),
                DeepFeatureSettings.fromMap(tiny(), "test"))) {
            assertEquals(0.1575, x.features(knownInput()).get("deep_feature0001"), 1e-6);
        }
    }

    private String refusal(byte[] model, Map<String, Object> settings) throws Exception {
        Path file = model(model);
        return assertThrows(InvalidInputException.class,
                () -> OnnxFeatureExtractor.open(file, DeepFeatureSettings.fromMap(settings, "test"))).getMessage();
    }

    @Test
    void refusesWhatDoesNotFit() throws Exception {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> OnnxFeatureExtractor.open(
                tmp.resolve("none.onnx"), DeepFeatureSettings.fromMap(tiny(), "test")));
        assertTrue(missing.getMessage().startsWith("ONNX model not found: "), missing.getMessage());

        String notOnnx = refusal("this is a CSV file,\n1,2,3\n".getBytes(), tiny());
        assertTrue(notOnnx.contains("is not an ONNX model ONNX Runtime can load"), notOnnx);

        Map<String, Object> m = tiny();
        m.put("inputName", "image");
        String input = refusal(TinyOnnxModels.pooled(), m);
        assertTrue(input.endsWith("has no input 'image'; its inputs: 'input' float [1, 3, 8, 8]"), input);

        m = tiny();
        m.put("channels", 1);
        String shape = refusal(TinyOnnxModels.pooled(), m);
        assertTrue(shape.contains("input 'input' has shape [1, 3, 8, 8]; the settings make [1, 1, 8, 8] (1 lesion, "
                + "1 channel, 8 x 8 pixels)"), shape);

        m = tiny();
        m.put("outputSize", List.of(224, 224));
        shape = refusal(TinyOnnxModels.model(true, true), m);
        assertTrue(shape.contains("has shape [?, 3, 8, 8]; the settings make [1, 3, 224, 224]"), shape);

        m = tiny();
        m.put("outputName", "logits");
        String output = refusal(TinyOnnxModels.pooled(), m);
        assertTrue(output.endsWith("has no output 'logits'; its outputs: 'features' float [1, 2]"), output);

        m = tiny();
        m.put("featureCount", 2048);
        String count = refusal(TinyOnnxModels.pooled(), m);
        assertTrue(count.contains("output 'features' has shape [1, 2]; it holds 2 values, the settings name 2048 "
                + "features"), count);

        m = tiny();
        m.put("featureCount", 3);
        m.put("pooling", "global-max");
        count = refusal(TinyOnnxModels.spatial(), m);
        assertTrue(count.contains("pooling global-max expects [1, 3, H, W]"), count);
    }

    @Test
    void countIsCheckedAfterRunningWhenTheModelLeavesItOpen() throws Exception {
        Map<String, Object> m = tiny();
        m.put("featureCount", 5);
        try (OnnxFeatureExtractor x = OnnxFeatureExtractor.open(model(TinyOnnxModels.model(true, true)),
                DeepFeatureSettings.fromMap(m, "test"))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> x.features(knownInput()));
            assertTrue(e.getMessage().contains("output 'features' has shape [1, 2]; it holds 2 values, the settings "
                    + "name 5 features"), e.getMessage());
        }
    }
}
