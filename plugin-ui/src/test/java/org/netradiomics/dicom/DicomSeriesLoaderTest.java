package org.netradiomics.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

class DicomSeriesLoaderTest {
    @TempDir Path tmp;

    @Test
    void ibsiPhantomDicomMatchesItsNiftiVoxelForVoxel() {
        Volume dicom = DicomSeriesLoader.load(DicomTestData.resolve("ibsi/ct_phantom/dicom/image"));
        Volume nifti = NiftiReader.read(DicomTestData.resolve("ibsi/ct_phantom/nifti/image/phantom.nii.gz"));
        Geometry g = dicom.geometry();
        assertEquals(nifti.geometry().voxelCount(), g.voxelCount());
        // every NIfTI voxel centre must be a DICOM voxel centre with the same HU (NIfTI values rounded, as IBSI says)
        int compared = 0;
        for (int n = 0; n < nifti.geometry().voxelCount(); n += 97) {
            int i = n % nifti.geometry().nx(), j = (n / nifti.geometry().nx()) % nifti.geometry().ny(), k = n / (nifti.geometry().nx() * nifti.geometry().ny());
            double[] p = nifti.geometry().indexToPhysical(i, j, k);
            double[] d = g.physicalToIndex(p[0], p[1], p[2]);
            int di = (int) Math.round(d[0]), dj = (int) Math.round(d[1]), dk = (int) Math.round(d[2]);
            assertTrue(Math.abs(d[0] - di) < 0.01 && Math.abs(d[1] - dj) < 0.01 && Math.abs(d[2] - dk) < 0.01, "off grid at " + n);
            assertEquals(Math.round(nifti.get(n)), dicom.get(di, dj, dk), 0.5, "HU at " + di + "," + dj + "," + dk);
            compared++;
        }
        assertTrue(compared > 1000);
    }

    @Test
    void abdomenJpeg2000SeriesCarriesTheLiverMaskGrid() {
        long t0 = System.nanoTime();
        Volume ct = DicomSeriesLoader.load(DicomTestData.resolve("ct/abdomen_ct/dicom"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("abdomen_ct (512x512x20, JPEG 2000) loaded in " + ms + " ms");
        Geometry g = ct.geometry();
        assertEquals(512, g.nx());
        assertEquals(512, g.ny());
        assertEquals(20, g.nz());
        Mask liverNifti = Mask.fromLabel(NiftiReader.read(DicomTestData.resolve("ct/abdomen_ct/masks/liver.nii.gz")), 1);
        Mask liver = DicomTestData.mapOntoGrid(liverNifti, g); // throws if the two grids are not one physical lattice
        assertEquals(liverNifti.count(), liver.count(), "every liver voxel must land inside the DICOM grid");
        double mean = DicomTestData.mean(ct, liver);
        System.out.println("abdomen_ct liver: " + liver.count() + " voxels, mean " + mean + " HU");
        // The series is contrast-enhanced (portal venous phase): liver parenchyma 40-80 HU unenhanced, up to ~130 HU enhanced.
        // (ct_3mm.nii.gz is not usable as a reference here: it lies in another frame of reference, z 94..184 mm vs -804..-766 mm.)
        assertTrue(mean > 40 && mean < 130, "liver mean " + mean + " HU is not plausible");
        // the orientation matters: overlaying the NIfTI mask array index by index (ignoring its flipped j axis) hits other tissue
        double naive = DicomTestData.mean(ct, new Mask(g, liverNifti.inside()));
        System.out.println("abdomen_ct liver, naive index overlay: mean " + naive + " HU");
        assertTrue(Math.abs(naive - mean) > 20, "naive overlay mean " + naive + " vs " + mean);
    }

    @Test
    void severalSeriesAreListedAndLoadAsksToChoose() throws IOException {
        copy(DicomTestData.resolve("ibsi/ct_phantom/dicom/image"), tmp.resolve("a"), 0);
        copy(DicomTestData.resolve("ct/abdomen_ct/dicom"), tmp.resolve("b"), 0);
        List<DicomSeriesInfo> series = DicomSeriesLoader.listSeries(tmp);
        assertEquals(2, series.size());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(tmp));
        assertTrue(e.getMessage().contains("2 CT series") && e.getMessage().contains(series.get(0).seriesInstanceUid()), e.getMessage());
        Volume b = DicomSeriesLoader.load(tmp, series.stream().filter(s -> s.fileCount() == 20).findFirst().orElseThrow().seriesInstanceUid());
        assertEquals(20, b.geometry().nz());
    }

    @Test
    void missingSliceIsReportedWithItsPlace() throws IOException {
        copy(DicomTestData.resolve("ct/abdomen_ct/dicom"), tmp, 10);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(tmp));
        assertTrue(e.getMessage().contains("uneven slice spacing"), e.getMessage());
    }

    @Test
    void folderWithoutDicomAndUnreadableFileAreNamed() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "hello");
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(tmp));
        assertTrue(none.getMessage().contains("no DICOM file"), none.getMessage());
        byte[] broken = new byte[200];
        broken[128] = 'D'; broken[129] = 'I'; broken[130] = 'C'; broken[131] = 'M';
        for (int n = 132; n < 200; n++) broken[n] = (byte) 0xFF;
        Files.write(tmp.resolve("broken.dcm"), broken);
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(tmp));
        assertTrue(bad.getMessage().contains("broken.dcm"), bad.getMessage());
    }

    @Test
    void nonCtSeriesIsRefused() {
        // the DICOM-SEG sample is modality SEG: listed, but never loaded as a CT
        Path seg = DicomTestData.resolve("ct/seg_samples/data/test_files/seg_image_ct_binary.dcm");
        assertEquals("SEG", DicomSeriesLoader.listSeries(seg).getFirst().modality());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(seg));
        assertTrue(e.getMessage().contains("no CT series"), e.getMessage());
    }

    @Test
    void imageFileReaderAcceptsFoldersAndSlicesAndLoadsTheWholeSeries() throws IOException {
        DicomImageFileReader reader = new DicomImageFileReader();
        Path folder = DicomTestData.resolve("ibsi/ct_phantom/dicom/image");
        Path slice = folder.resolve("DCM_IMG_00005.dcm");
        assertTrue(reader.accepts(folder) && reader.accepts(slice));
        Files.writeString(tmp.resolve("x.nii"), "not dicom");
        assertTrue(!reader.accepts(tmp.resolve("x.nii")) && !reader.accepts(tmp));
        assertEquals(reader.read(folder).geometry().voxelCount(), reader.read(slice).geometry().voxelCount());
    }

    @Test
    void gantryTiltAndMultiFrameAreReported() throws Exception {
        Path tilted = tmp.resolve("tilted");
        Path multi = tmp.resolve("multi");
        Files.createDirectories(tilted);
        Files.createDirectories(multi);
        List<Path> files = DicomFiles.findDicomFiles(DicomTestData.resolve("ibsi/ct_phantom/dicom/image"));
        for (int n = 0; n < 6; n++) {
            // shift each slice along x in proportion to its z: a tilted (sheared) stack
            com.pixelmed.dicom.AttributeList list = DicomFiles.readAll(files.get(n));
            double[] p = com.pixelmed.dicom.Attribute.getDoubleValues(list, com.pixelmed.dicom.TagFromName.ImagePositionPatient);
            setString(list, com.pixelmed.dicom.TagFromName.ImagePositionPatient, (p[0] + 0.3 * p[2]) + "\\" + p[1] + "\\" + p[2], true);
            write(list, tilted.resolve("t" + n + ".dcm"));
            if (n == 0) {
                setString(list, com.pixelmed.dicom.TagFromName.NumberOfFrames, "2", false);
                write(list, multi.resolve("m.dcm"));
            }
        }
        InvalidInputException tilt = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(tilted));
        assertTrue(tilt.getMessage().contains("gantry tilt"), tilt.getMessage());
        InvalidInputException frames = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(multi));
        assertTrue(frames.getMessage().contains("multi-frame"), frames.getMessage());
    }

    private static void setString(com.pixelmed.dicom.AttributeList list, com.pixelmed.dicom.AttributeTag tag, String value, boolean decimal) throws Exception {
        com.pixelmed.dicom.Attribute a = decimal ? new com.pixelmed.dicom.DecimalStringAttribute(tag) : new com.pixelmed.dicom.IntegerStringAttribute(tag);
        for (String v : value.split("\\\\")) {
            a.addValue(v.length() > 16 ? v.substring(0, 16) : v);
        }
        list.put(a);
    }

    private static void write(com.pixelmed.dicom.AttributeList list, Path file) throws Exception {
        list.removeGroupLengthAttributes();
        list.remove(com.pixelmed.dicom.TagFromName.TransferSyntaxUID);
        com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(list, com.pixelmed.dicom.TransferSyntax.ExplicitVRLittleEndian, "TEST");
        list.write(file.toFile(), com.pixelmed.dicom.TransferSyntax.ExplicitVRLittleEndian, true, true);
    }

    /** Copies the files of a folder; skips the file at position skipPosition in slice order (0: none). */
    private static void copy(Path from, Path to, int skipPosition) throws IOException {
        Files.createDirectories(to);
        List<DicomFiles.Header> headers;
        try (Stream<Path> s = Files.list(from)) {
            headers = s.sorted().map(DicomFiles::readHeader).sorted(java.util.Comparator.comparingDouble(
                    h -> h.doubles(com.pixelmed.dicom.TagFromName.ImagePositionPatient)[2])).toList();
        }
        for (int n = 0; n < headers.size(); n++) {
            if (skipPosition > 0 && n == skipPosition) {
                continue;
            }
            Files.copy(headers.get(n).file(), to.resolve(headers.get(n).file().getFileName()));
        }
    }
}
