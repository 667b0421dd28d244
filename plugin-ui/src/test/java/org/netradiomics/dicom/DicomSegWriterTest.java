package org.netradiomics.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.io.NiftiReader;

class DicomSegWriterTest {
    @TempDir Path tmp;

    @Test
    void phantomGtvAndAnOverlappingBoxRoundTripAndReferenceTheirSourceSlices() {
        Path images = DicomTestData.resolve("ibsi/ct_phantom/dicom/image");
        DicomSeries ct = DicomSeriesLoader.loadSeries(images, null);
        Geometry g = ct.volume().geometry();
        Mask gtv = new RtStructReader(DicomTestData.resolve("ibsi/ct_phantom/dicom/mask/DCM_RS_00060.dcm")).mask("GTV-1", g);
        boolean[] box = new boolean[g.voxelCount()];
        int ci = 0, cj = 0, ck = 0, n = 0;
        for (int k = 0; k < g.nz(); k++) for (int j = 0; j < g.ny(); j++) for (int i = 0; i < g.nx(); i++) {
            if (gtv.get(i, j, k)) { ci += i; cj += j; ck += k; n++; }
        }
        ci /= n; cj /= n; ck /= n;
        for (int k = ck; k < Math.min(g.nz(), ck + 5); k++) for (int j = cj; j < cj + 30; j++) for (int i = ci; i < ci + 30; i++) box[g.index(i, j, k)] = true;
        Mask boxMask = new Mask(g, box);
        Path out = tmp.resolve("seg.dcm");
        DicomSegWriter.write(out, ct, List.of(new DicomSegWriter.LabelledMask("GTV-1", gtv), new DicomSegWriter.LabelledMask("box", boxMask)));

        DicomSegReader back = new DicomSegReader(out);
        assertEquals(List.of(new DicomSegReader.Segment(1, "GTV-1"), new DicomSegReader.Segment(2, "box")), back.segments());
        assertEquals(ct.seriesInstanceUid(), back.referencedSeriesInstanceUid());
        assertEquals(ct.frameOfReferenceUid(), back.frameOfReferenceUid());
        assertArrayEquals(gtv.inside(), back.mask("GTV-1", g).inside());
        assertArrayEquals(box, back.mask(2, g).inside());

        // every frame's source image reference names the CT file whose Image Position equals the frame's Plane Position
        Map<String, double[]> positionOfSop = new HashMap<>();
        for (Path f : DicomFiles.findDicomFiles(images)) {
            DicomFiles.Header h = DicomFiles.readHeader(f);
            positionOfSop.put(h.string(TagFromName.SOPInstanceUID), h.doubles(TagFromName.ImagePositionPatient));
        }
        AttributeList list = DicomFiles.readAll(out);
        List<AttributeList> frames = RtStructReader.items(list, TagFromName.PerFrameFunctionalGroupsSequence);
        assertEquals(Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 0), frames.size());
        for (AttributeList frame : frames) {
            double[] planePosition = Attribute.getDoubleValues(DicomSegReader.single(frame, TagFromName.PlanePositionSequence), TagFromName.ImagePositionPatient);
            AttributeList src = DicomSegReader.single(DicomSegReader.single(frame, TagFromName.DerivationImageSequence), TagFromName.SourceImageSequence);
            double[] ctPosition = positionOfSop.get(Attribute.getSingleStringValueOrEmptyString(src, TagFromName.ReferencedSOPInstanceUID));
            assertArrayEquals(ctPosition, planePosition, 1e-3);
        }
    }

    @Test
    void abdomenLiverRoundTrip() {
        DicomSeries ct = DicomSeriesLoader.loadSeries(DicomTestData.resolve("ct/abdomen_ct/dicom"), null);
        Geometry g = ct.volume().geometry();
        Mask liver = DicomTestData.mapOntoGrid(Mask.fromLabel(NiftiReader.read(DicomTestData.resolve("ct/abdomen_ct/masks/liver.nii.gz")), 1), g);
        Path out = tmp.resolve("liver.dcm");
        DicomSegWriter.write(out, ct, List.of(new DicomSegWriter.LabelledMask("liver", liver)));
        assertArrayEquals(liver.inside(), new DicomSegReader(out).mask("liver", g).inside());
    }

    @Test
    void maskOnAnotherGridOrEmptyIsRefused() {
        DicomSeries ct = DicomSeriesLoader.loadSeries(DicomTestData.resolve("ibsi/ct_phantom/dicom/image"), null);
        Geometry g = ct.volume().geometry();
        Mask elsewhere = Mask.empty(Geometry.of(g.nx(), g.ny(), g.nz(), 1, 1, 1));
        InvalidInputException grid = assertThrows(InvalidInputException.class,
                () -> DicomSegWriter.write(tmp.resolve("x.dcm"), ct, List.of(new DicomSegWriter.LabelledMask("x", elsewhere))));
        assertTrue(grid.getMessage().contains("not on the grid"), grid.getMessage());
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> DicomSegWriter.write(tmp.resolve("x.dcm"), ct, List.of(new DicomSegWriter.LabelledMask("x", Mask.empty(g)))));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    }
}
