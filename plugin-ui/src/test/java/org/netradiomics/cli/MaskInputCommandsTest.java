package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.dicom.DicomFiles;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;

/**
 * extract and batch with DICOM masks (SEG, RTSTRUCT with an ROI column), and segment's printed volume, each checked
 * against a value computed another way.
 */
class MaskInputCommandsTest {
    @TempDir
    Path tmp;

    /**
     * The pydicom CT2 series of the SEG samples, less its first slice (the other three are evenly spaced, 1.25 mm;
     * the loader refuses the four together for their uneven spacing).
     */
    private Path ctSeries() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("ct2"));
        for (String f : List.of("17136", "17166", "17196")) {
            Files.copy(ShareData.resolve("ct/seg_samples/pydicom_CT2_series/" + f), dir.resolve(f));
        }
        return dir;
    }

    private static Path seg() {
        return ShareData.resolve("ct/seg_samples/data/test_files/seg_image_ct_binary.dcm");
    }

    /** Set bits over all frames of a one-segment BINARY SEG, counted from its pixel data directly. */
    private static int setBits(Path seg) throws Exception {
        AttributeList list = DicomFiles.readAll(seg);
        int frames = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1);
        int pixels = frames * Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0)
                * Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        byte[] b = list.getPixelData().getByteValues();
        int n = 0;
        for (int p = 0; p < pixels; p++) {
            n += (b[p >>> 3] >> (p & 7)) & 1;
        }
        return n;
    }

    /** Voxel volume (mm^3) from the CT headers: pixel spacing times the step between slice positions. */
    private static double voxelVolume(Path series) throws IOException {
        double[] z;
        double[] spacing;
        try (var files = Files.list(series)) {
            List<DicomFiles.Header> h = files.map(DicomFiles::readHeader).toList();
            spacing = h.getFirst().doubles(TagFromName.PixelSpacing);
            z = h.stream().mapToDouble(x -> x.doubles(TagFromName.ImagePositionPatient)[2]).sorted().toArray();
        }
        return spacing[0] * spacing[1] * (z[z.length - 1] - z[0]) / (z.length - 1);
    }

    @Test
    void extractAndBatchWithADicomSegMask() throws Exception {
        Path ct = ctSeries();
        int bits = setBits(seg());
        assertTrue(bits > 10, "SEG pixels set: " + bits);
        double vv = voxelVolume(ct);
        Path out = tmp.resolve("extract.csv");
        Run r = run(new ExtractCommand(), "--image", ct.toString(), "--mask", seg().toString(), "--out",
                out.toString());
        assertEquals(0, r.rc(), r.err());
        Map<String, String> row = rows(out).getFirst();
        assertEquals(bits, Double.parseDouble(row.get("diagnostics_Mask-original_VoxelNum")), 0);
        assertEquals(bits * vv, Double.parseDouble(row.get("original_shape_VoxelVolume")), 1e-6 * bits * vv);
        Path cases = tmp.resolve("cases.csv");
        Files.writeString(cases, "Image,Mask,Patient\n" + ct + "," + seg() + ",CT2\n");
        Path batch = tmp.resolve("batch.csv");
        Run b = run(new BatchCommand(), "--cases", cases.toString(), "--out", batch.toString(), "--jobs", "1");
        assertEquals(0, b.rc(), b.err());
        Map<String, String> brow = rows(batch).getFirst();
        assertEquals("CT2", brow.get("Patient"));
        assertEquals(row.get("original_shape_VoxelVolume"), brow.get("original_shape_VoxelVolume"));
        assertEquals(row.get("original_firstorder_Mean"), brow.get("original_firstorder_Mean"));
    }

    @Test
    void batchWithADicomFolderAndAnRoiColumn() throws Exception {
        Path image = ShareData.resolve("ibsi/ct_phantom/dicom/image");
        Path rtstruct = ShareData.resolve("ibsi/ct_phantom/dicom/mask/DCM_RS_00060.dcm");
        Path cases = tmp.resolve("cases.csv");
        Files.writeString(cases, "Image,Mask,ROI,Patient\n" + image + "," + rtstruct + ",GTV-1,phantom\n" + image
                + "," + rtstruct + ",GTV-99,wrong-roi\n");
        Path batch = tmp.resolve("batch.csv");
        Run b = run(new BatchCommand(), "--cases", cases.toString(), "--out", batch.toString(), "--jobs", "2");
        assertEquals(1, b.rc(), "one failed case: " + b.err());
        List<Map<String, String>> rows = rows(batch);
        assertEquals("GTV-1", rows.get(0).get("ROI"));
        assertEquals("", rows.get(0).getOrDefault("error", ""));
        assertTrue(rows.get(1).get("error").contains("GTV-99"), rows.get(1).get("error"));
        // the same volume as the IBSI NIfTI pair of the phantom
        Path nifti = tmp.resolve("nifti.csv");
        assertEquals(0, run(new ExtractCommand(), "--image",
                ShareData.resolve("ibsi/ct_phantom/nifti/image/phantom.nii.gz").toString(), "--mask",
                ShareData.resolve("ibsi/ct_phantom/nifti/mask/mask.nii.gz").toString(), "--out", nifti.toString())
                .rc());
        double expected = Double.parseDouble(rows(nifti).getFirst().get("original_shape_VoxelVolume"));
        assertEquals(expected, Double.parseDouble(rows.get(0).get("original_shape_VoxelVolume")), 1e-4 * expected);
    }

    @Test
    void segmentPrintsTheVolumeOfTheMaskItWrites() throws Exception {
        Path ct = ShareData.resolve("ct/abdomen_ct/nifti/ct_3mm.nii.gz");
        Path mask = tmp.resolve("seg.nii.gz");
        Run r = run(new SegmentCommand(), "--image", ct.toString(), "--seed", "90,53,13", "--out", mask.toString());
        assertEquals(0, r.rc(), r.err());
        Matcher m = Pattern.compile("volume_ml=([0-9.]+) voxels=([0-9]+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        Volume written = NiftiReader.read(mask);
        int count = 0;
        for (float v : written.voxels()) {
            count += v != 0 ? 1 : 0;
        }
        double[] sp = written.geometry().spacing();
        double ml = count * sp[0] * sp[1] * sp[2] / 1000;
        assertEquals(count, Integer.parseInt(m.group(2)), "printed voxel count");
        assertEquals(ml, Double.parseDouble(m.group(1)), 0.0005, "printed mL = voxels x voxel volume");
        assertTrue(count > 100, "a liver-sized region: " + count);
    }

    private record Run(int rc, String out, String err) {}

    private static Run run(Command c, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = c.run(args, new PrintStream(out), new PrintStream(err));
        return new Run(rc, out.toString(), err.toString());
    }

    private static List<Map<String, String>> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] h = BatchCommand.splitCsv(lines.get(0));
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] v = BatchCommand.splitCsv(line);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < h.length; i++) {
                m.put(h[i], i < v.length ? v[i] : "");
            }
            return m;
        }).toList();
    }
}
