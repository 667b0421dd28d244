package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.deep.testmodel.TinyOnnxModels;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.StudyLibrary;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiWriter;

/**
 * deep-features end to end: NIfTI CT and label image, the tiny ONNX model written byte by byte, a package file whose
 * deepFeatures block fits that model; the CSV against the network computed in plain loops on the windowed slices.
 */
class DeepFeaturesCommandTest {
    @TempDir
    Path tmp;
    private Path image, mask, model, pack;

    /** HU = 25 (i + 3 j) - 60 + 150 k on 8 x 8 x 3, 1 mm; window 40 / 400: w = clamp((HU + 160) / 400, 0, 1). */
    private static double hu(int i, int j, int k) {
        return 25 * (i + 3 * j) - 60 + 150 * k;
    }

    @BeforeEach
    void files() throws Exception {
        Geometry g = Geometry.of(8, 8, 3, 1, 1, 1);
        float[] v = new float[g.voxelCount()];
        int[] labels = new int[g.voxelCount()];
        for (int k = 0; k < 3; k++)
            for (int j = 0; j < 8; j++)
                for (int i = 0; i < 8; i++) {
                    v[g.index(i, j, k)] = (float) hu(i, j, k);
                    // lesion 1: i 2..5, j 3..4 in slice 0, plus one voxel in slice 1; lesion 2: i 3..4, j 1..6 in
                    // slice 2. Both boxes are centred on (3.5, 3.5), so the fixed 8 mm crop is the whole slice.
                    if ((k == 0 && i >= 2 && i <= 5 && j >= 3 && j <= 4) || (k == 1 && i == 0 && j == 0)) {
                        labels[g.index(i, j, k)] = 1;
                    }
                    if (k == 2 && i >= 3 && i <= 4 && j >= 1 && j <= 6) {
                        labels[g.index(i, j, k)] = 2;
                    }
                }
        image = tmp.resolve("ct.nii.gz");
        mask = tmp.resolve("lesions.nii.gz");
        NiftiWriter.write(new Volume(g, v), image);
        NiftiWriter.writeLabels(g, labels, mask);
        model = TinyOnnxModels.write(tmp.resolve("tiny.onnx"), TinyOnnxModels.pooled());
        ModelPackage raise = new StudyLibrary().study("raise");
        Map<String, Object> deep = new HashMap<>();
        deep.put("onnxModel", "the tiny test network");
        deep.put("window", Map.of("level", 40, "width", 400));
        deep.put("crop", Map.of("mode", "fixed", "sideMm", 8));
        deep.put("outputSize", List.of(8, 8));
        deep.put("channels", 3);
        deep.put("featureCount", 2);
        ModelPackage tiny = new ModelPackage("tiny-deep", raise.study(), raise.doi(), raise.intendedUse(),
                Map.of("deepFeatures", deep), raise.aggregation(), raise.inputs(), raise.estimator(), raise.cutoff(),
                raise.groups(), raise.calibration(), raise.missing(), raise.performance(), raise.provenance());
        pack = Files.writeString(tmp.resolve("tiny-deep.json"), ModelPackageJson.write(tiny));
    }

    /** The network's two features for slice k, computed in loops. */
    private static double[] expected(int k) {
        float[] x = new float[3 * 64];
        for (int c = 0; c < 3; c++)
            for (int j = 0; j < 8; j++)
                for (int i = 0; i < 8; i++)
                    x[(c * 8 + j) * 8 + i] = (float) Math.min(1, Math.max(0, (hu(i, j, k) + 160) / 400));
        return TinyOnnxModels.average(TinyOnnxModels.convRelu(x));
    }

    @Test
    void oneRowPerLesionWithTheByHandValues() throws Exception {
        Path csv = tmp.resolve("deep.csv");
        Run r = run("--image", image.toString(), "--mask", mask.toString(), "--model", model.toString(), "--package",
                pack.toString(), "--out", csv.toString());
        assertEquals(0, r.rc, r.err);
        assertTrue(r.out.contains("wrote 2 lesion rows of 2 deep features (deep_feature0001 ...)"), r.out);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("label,slice,deep_feature0001,deep_feature0002", lines.get(0));
        assertEquals(3, lines.size());
        int[] slices = {0, 2};
        for (int row = 0; row < 2; row++) {
            String[] cells = lines.get(row + 1).split(",");
            assertEquals(String.valueOf(row + 1), cells[0]);
            assertEquals(String.valueOf(slices[row]), cells[1], "the slice of most voxels");
            double[] e = expected(slices[row]);
            assertEquals(e[0], Double.parseDouble(cells[2]), 1e-5, "lesion " + (row + 1));
            assertEquals(e[1], Double.parseDouble(cells[3]), 1e-5, "lesion " + (row + 1));
        }
    }

    @Test
    void oneLabelAndAnotherPrefix() throws Exception {
        Path csv = tmp.resolve("venous.csv");
        Run r = run("--image", image.toString(), "--mask", mask.toString(), "--label", "2", "--model",
                model.toString(), "--package", pack.toString(), "--prefix", "venous_deep_", "--out", csv.toString());
        assertEquals(0, r.rc, r.err);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("label,slice,venous_deep_0001,venous_deep_0002", lines.get(0));
        assertEquals(2, lines.size());
        assertEquals(expected(2)[1], Double.parseDouble(lines.get(1).split(",")[3]), 1e-5);
    }

    @Test
    void refusals() throws Exception {
        Path csv = tmp.resolve("x.csv");
        Run r = run("--image", image.toString(), "--mask", mask.toString(), "--model", model.toString(), "--package",
                "raise", "--out", csv.toString());
        assertEquals(1, r.rc);
        assertTrue(r.err.contains("tiny.onnx: input 'input' has shape [1, 3, 8, 8]; the settings make [1, 3, 224, 224]"),
                r.err);
        r = run("--image", image.toString(), "--mask", mask.toString(), "--model", tmp.resolve("no.onnx").toString(),
                "--package", pack.toString(), "--out", csv.toString());
        assertEquals(1, r.rc);
        assertTrue(r.err.contains("ONNX model not found: "), r.err);
        r = run("--image", image.toString(), "--mask", mask.toString(), "--label", "7", "--model", model.toString(),
                "--package", pack.toString(), "--out", csv.toString());
        assertEquals(1, r.rc);
        assertTrue(r.err.contains("mask has no voxel with label 7; labels present: 1, 2"), r.err);
        r = run("--image", image.toString(), "--mask", mask.toString(), "--model", model.toString(), "--package",
                "talent-combined", "--out", csv.toString());
        assertEquals(1, r.rc);
        assertTrue(r.err.contains("has no extraction.deepFeatures block"), r.err);
        r = run("--image", image.toString(), "--mask", mask.toString(), "--package", pack.toString(), "--out",
                csv.toString());
        assertEquals(2, r.rc);
        assertTrue(r.err.contains("missing --model"), r.err);
        assertTrue(Files.notExists(csv), "no table written on errors");
    }

    private record Run(int rc, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(prepend("deep-features", args), new PrintStream(out), new PrintStream(err));
        return new Run(rc, out.toString(), err.toString());
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
