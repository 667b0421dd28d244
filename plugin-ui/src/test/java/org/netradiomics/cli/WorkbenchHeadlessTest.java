package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.io.NiftiWriter;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape;

/** {@code workbench --headless yes} on bad input: exit code 1, a message naming the problem, no output written. */
class WorkbenchHeadlessTest {
    @TempDir
    Path tmp;

    private record Run(int rc, String out, String err) {}

    private Run headless(String... args) {
        List<String> all = new ArrayList<>(List.of("--headless", "yes"));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new WorkbenchCommand().run(all.toArray(String[]::new), new PrintStream(out), new PrintStream(err));
        return new Run(rc, out.toString(), err.toString());
    }

    /** Runs, expects exit code 1 with {@code message} in the error, and checks that the output folder was not made. */
    private void refused(String message, String... args) {
        Path outDir = tmp.resolve("out");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", outDir.toString()));
        Run r = headless(all.toArray(String[]::new));
        assertEquals(1, r.rc(), r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
        assertFalse(Files.exists(outDir), "nothing written for: " + r.err());
    }

    private Path phantomImage() {
        Path ct = tmp.resolve("ct.nii.gz");
        NiftiWriter.write(new PhantomBuilder(80, 80, 40, 1, 1, 2).body(40)
                .lesion(Shape.Ellipsoid.sphere(25, 30, 40, 8, 120)).noise(10, 3).build().image(), ct);
        return ct;
    }

    @Test
    void folderWithoutDicom() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(empty.resolve("notes.txt"), "no images here");
        refused("no DICOM file", "--image", empty.toString(), "--seed", "1,1,1");
    }

    @Test
    void seriesWithAMissingSlice() throws IOException {
        Path from = ShareData.resolve("ct/abdomen_ct/dicom");
        Path gap = Files.createDirectories(tmp.resolve("gap"));
        List<org.netradiomics.dicom.DicomFiles.Header> slices;
        try (var files = Files.list(from)) {
            slices = new ArrayList<>(files.map(org.netradiomics.dicom.DicomFiles::readHeader).toList());
        }
        slices.sort(Comparator.comparingDouble(
                h -> h.doubles(com.pixelmed.dicom.TagFromName.ImagePositionPatient)[2]));
        for (int n = 0; n < slices.size(); n++) {
            if (n != slices.size() / 2) {
                Files.copy(slices.get(n).file(), gap.resolve(slices.get(n).file().getFileName()));
            }
        }
        refused("a slice is missing", "--image", gap.toString(), "--seed", "242,205,5");
    }

    @Test
    void nonCtSeries() throws IOException {
        Path seg = Files.createDirectories(tmp.resolve("seg"));
        Files.copy(ShareData.resolve("ct/seg_samples/data/test_files/seg_image_ct_binary.dcm"),
                seg.resolve("seg.dcm"));
        refused("no CT series", "--image", seg.toString(), "--seed", "1,1,1");
    }

    @Test
    void clickOnAir() {
        refused("air", "--image", phantomImage().toString(), "--seed", "1,1,1");
    }

    @Test
    void maskForAnotherImage() {
        Path other = tmp.resolve("other.nii.gz");
        boolean[] one = new boolean[1000];
        one[555] = true;
        NiftiWriter.write(new Mask(Geometry.of(10, 10, 10, 1, 1, 1), one), other);
        refused("mask for another image", "--image", phantomImage().toString(), "--mask", other.toString());
    }

    @Test
    void missingParameterFile() {
        refused("parameter file not found", "--image", phantomImage().toString(), "--seed", "25,30,20", "--params",
                tmp.resolve("talent-typo.yaml").toString());
        refused("talent-typo.yaml", "--image", phantomImage().toString(), "--seed", "25,30,20", "--params",
                tmp.resolve("talent-typo.yaml").toString());
    }

    @Test
    void aMaskFileAndAMeanPatientRow() throws IOException {
        Path ct = phantomImage();
        Path first = tmp.resolve("first");
        Run grown = headless("--image", ct.toString(), "--seed", "25,30,20", "--out", first.toString());
        assertEquals(0, grown.rc(), grown.err());
        // the written lesion mask read back as a mask file, plus a second click elsewhere; mean patient row
        Path second = tmp.resolve("second");
        Run loaded = headless("--image", ct.toString(), "--mask", first.resolve("lesions.nii.gz").toString(),
                "--aggregate", "mean", "--out", second.toString());
        assertEquals(0, loaded.rc(), loaded.err());
        assertTrue(loaded.out().contains("label 1:") && loaded.out().contains("patient row: mean"), loaded.out());
        List<String> lines = Files.readAllLines(second.resolve("features.csv"));
        assertTrue(lines.get(2).contains("patient (mean of 1 lesions)"), lines.get(2));
        assertTrue(lines.get(1).contains("loaded from lesions.nii.gz"), lines.get(1));
        Run bad = headless("--image", ct.toString(), "--seed", "25,30,20", "--aggregate", "mode", "--out",
                tmp.resolve("third").toString());
        assertEquals(1, bad.rc());
        assertTrue(bad.err().contains("median or mean"), bad.err());
        assertFalse(Files.exists(tmp.resolve("third")));
    }
}
