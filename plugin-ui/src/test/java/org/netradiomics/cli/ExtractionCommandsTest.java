package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** extract, batch and ibsi on shared data: outputs, stability across runs, and every kind of bad input. */
class ExtractionCommandsTest {
    @TempDir
    Path tmp;

    private static final Path TALENT = Path.of("..", "test-data", "params", "talent.yaml");

    @Test
    void extractsTheStsCaseWithTalentSettings() throws Exception {
        Path img = ShareData.resolve("ct/sts/STS_002/CT_image.nii.gz");
        Path mask = ShareData.resolve("ct/sts/STS_002/CT_mask.nii.gz");
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        assertEquals(0, run(new ExtractCommand(), "--image", img.toString(), "--mask", mask.toString(), "--params",
                TALENT.toString(), "--out", a.toString()));
        assertEquals(0, run(new ExtractCommand(), "--image", img.toString(), "--mask", mask.toString(), "--params",
                TALENT.toString(), "--out", b.toString()));
        assertEquals(Files.readString(a), Files.readString(b), "identical output across runs");
        Map<String, String> row = readRow(a);
        // 1 mm isotropic after resampling: voxel volume = voxel count x 1 mm^3
        assertEquals("(1.0, 1.0, 1.0)", row.get("diagnostics_Mask-interpolated_Spacing"));
        assertEquals(Double.parseDouble(row.get("diagnostics_Mask-interpolated_VoxelNum")),
                Double.parseDouble(row.get("original_shape_VoxelVolume")), 1e-9);
        // first-order mean equals the mean the diagnostics computed independently over the same voxels
        assertEquals(Double.parseDouble(row.get("diagnostics_Mask-interpolated_Mean")),
                Double.parseDouble(row.get("original_firstorder_Mean")), 1e-6);
        for (String f : List.of("original_shape_Flatness", "original_glcm_Imc1", "original_firstorder_90Percentile",
                "original_glrlm_LongRunLowGrayLevelEmphasis", "original_firstorder_Skewness",
                "original_shape_Sphericity", "original_gldm_LargeDependenceEmphasis", "original_ngtdm_Coarseness",
                "original_glszm_ZoneEntropy")) {
            assertTrue(Double.isFinite(Double.parseDouble(row.get(f))), f + " = " + row.get(f));
        }
        // 7 classes: 14 shape + 19 first order + 24 glcm + 16 glrlm + 16 glszm + 14 gldm + 5 ngtdm = 108 features
        assertEquals(108, row.keySet().stream().filter(k -> k.startsWith("original_")).count());
    }

    @Test
    void batchWritesEveryCaseAndAnErrorRow() throws Exception {
        Path cases = tmp.resolve("cases.csv");
        StringBuilder sb = new StringBuilder("Image,Mask,Patient\n");
        for (String c : List.of("STS_002", "STS_008", "STS_019", "STS_025")) {
            sb.append(ShareData.resolve("ct/sts/" + c + "/CT_image.nii.gz").toAbsolutePath()).append(',')
                    .append(ShareData.resolve("ct/sts/" + c + "/CT_mask.nii.gz").toAbsolutePath()).append(',')
                    .append(c).append('\n');
        }
        sb.append("missing_image.nii.gz,missing_mask.nii.gz,broken\n");
        Files.writeString(cases, sb.toString());
        Path out = tmp.resolve("batch.csv");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new BatchCommand().run(new String[] {"--cases", cases.toString(), "--params", TALENT.toString(),
            "--out", out.toString(), "--jobs", "2"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(1, rc, "a failed case gives exit code 1");
        assertTrue(err.toString().contains("5/5 cases"), "progress bar: " + err);
        List<String> lines = Files.readAllLines(out);
        assertEquals(6, lines.size(), "header + 5 rows");
        String header = lines.get(0);
        assertTrue(header.startsWith("Image,Mask,Patient"), header);
        assertTrue(header.contains("error"), header);
        assertTrue(lines.get(5).contains("broken") && lines.get(5).contains("not found"), lines.get(5));
        for (int i = 1; i <= 4; i++) {
            assertTrue(lines.get(i).contains("STS_0"), lines.get(i));
            assertFalse(lines.get(i).contains("not found"), lines.get(i));
        }
    }

    @Test
    void ibsiDigitalPhantom() throws Exception {
        Path out = tmp.resolve("ibsi.csv");
        assertEquals(0, run(new IbsiCommand(), "--config", "digital_phantom", "--image",
                ShareData.resolve("ibsi/digital_phantom/nifti/image/phantom.nii.gz").toString(), "--mask",
                ShareData.resolve("ibsi/digital_phantom/nifti/mask/mask.nii.gz").toString(), "--out", out.toString()));
        Map<String, Double> values = new HashMap<>();
        for (String line : Files.readAllLines(out).subList(1, Files.readAllLines(out).size())) {
            String[] f = line.split(",");
            values.put(f[0], f[1].equals("nan") ? Double.NaN : Double.parseDouble(f[1]));
        }
        // IBSI consensus values (reference_values.csv): cm_joint_max_3D_avg 0.503, szm_sze_3D 0.255, stat_mean 2.15
        assertEquals(0.503, values.get("cm_joint_max_3D_avg"), 0.0005);
        assertEquals(0.255, values.get("szm_sze_3D"), 0.0005);
        assertEquals(2.15, values.get("stat_mean"), 0.005);
        assertEquals(2, run(new IbsiCommand(), "--config", "F", "--image", "x", "--mask", "y", "--out", "z"));
    }

    @Test
    void dicomSeriesWithRtStructGivesTheSameShapeAsTheNiftiPair() throws Exception {
        Path dicom = tmp.resolve("dicom.csv");
        Path nifti = tmp.resolve("nifti.csv");
        assertEquals(0, run(new ExtractCommand(), "--image", ShareData.resolve("ibsi/ct_phantom/dicom/image").toString(),
                "--mask", ShareData.resolve("ibsi/ct_phantom/dicom/mask/DCM_RS_00060.dcm").toString(), "--roi", "GTV-1",
                "--out", dicom.toString()));
        assertEquals(0, run(new ExtractCommand(), "--image",
                ShareData.resolve("ibsi/ct_phantom/nifti/image/phantom.nii.gz").toString(), "--mask",
                ShareData.resolve("ibsi/ct_phantom/nifti/mask/mask.nii.gz").toString(), "--out", nifti.toString()));
        Map<String, String> a = readRow(dicom);
        Map<String, String> b = readRow(nifti);
        for (String f : List.of("original_shape_VoxelVolume", "original_shape_MeshVolume", "original_shape_SurfaceArea",
                "original_shape_Maximum3DDiameter")) {
            assertEquals(Double.parseDouble(b.get(f)), Double.parseDouble(a.get(f)), 1e-4 * Double.parseDouble(b.get(f)), f);
        }
        // the NIfTI copy stores HU as float (data README: round to integers); the DICOM series is integer HU
        assertEquals(Double.parseDouble(b.get("original_firstorder_Mean")),
                Double.parseDouble(a.get("original_firstorder_Mean")), 0.5);
    }

    @Test
    void badInputsAreNamedWithExitCodes() throws Exception {
        Path img = ShareData.resolve("ct/sts/STS_002/CT_image.nii.gz");
        Path mask = ShareData.resolve("ct/sts/STS_002/CT_mask.nii.gz");
        Path other = ShareData.resolve("ct/sts/STS_008/CT_mask.nii.gz");
        Path out = tmp.resolve("x.csv");
        expect(1, "not found", "--image", tmp.resolve("none.nii.gz").toString(), "--mask", mask.toString(), "--out",
                out.toString());
        Path corrupt = tmp.resolve("corrupt.nii.gz");
        Files.write(corrupt, new byte[] {1, 2, 3, 4, 5});
        expect(1, "corrupt.nii.gz", "--image", corrupt.toString(), "--mask", mask.toString(), "--out", out.toString());
        expect(1, "not on the image's grid", "--image", img.toString(), "--mask", other.toString(), "--out",
                out.toString());
        expect(1, "label 7", "--image", img.toString(), "--mask", mask.toString(), "--label", "7", "--out",
                out.toString());
        Path yaml = tmp.resolve("bad.yaml");
        Files.writeString(yaml, "setting:\n  binwidth: 25\n");
        expect(1, "did you mean 'binWidth'", "--image", img.toString(), "--mask", mask.toString(), "--params",
                yaml.toString(), "--out", out.toString());
        // a single-voxel mask on the image grid
        Volume image = NiftiReader.read(img);
        Geometry g = image.geometry();
        boolean[] one = new boolean[g.voxelCount()];
        one[g.index(80, 70, 20)] = true;
        Path single = tmp.resolve("single.nii.gz");
        SegmentCommand.writeMask(new Mask(g, one), single);
        expect(1, "minimumROIDimensions", "--image", img.toString(), "--mask", single.toString(), "--out",
                out.toString());
        // an empty mask
        Path empty = tmp.resolve("empty.nii.gz");
        SegmentCommand.writeMask(new Mask(g, new boolean[g.voxelCount()]), empty);
        expect(1, "label", "--image", img.toString(), "--mask", empty.toString(), "--out", out.toString());
        assertFalse(Files.exists(out), "nothing written for failed extractions");
        assertEquals(2, run(new ExtractCommand(), "--image", img.toString()));
        assertEquals(2, run(new ExtractCommand(), "--bogus", "1"));
    }

    private void expect(int code, String message, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new ExtractCommand().run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(code, rc, err.toString());
        assertTrue(err.toString().contains(message), "expected '" + message + "' in: " + err);
    }

    private static int run(Command c, String... args) {
        return c.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    private static Map<String, String> readRow(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] h = BatchCommand.splitCsv(lines.get(0));
        String[] v = BatchCommand.splitCsv(lines.get(1));
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < h.length; i++) {
            m.put(h[i], v[i]);
        }
        return m;
    }
}
