package org.netradiomics.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;

/**
 * highdicom's SEG test files, derived from pydicom's CT2 series: 4 slices of 16 x 16 at z = -99.48, 103.02, 104.27
 * and 105.52 mm. The series is not evenly spaced (the loader refuses it), but all four slices lie on a 1.25 mm grid
 * from z = -99.48 (slices 0, 162, 163, 164), which is the grid the tests place the segmentations on.
 */
class DicomSegReaderTest {
    @TempDir Path tmp;

    private static Path sample(String name) {
        return DicomTestData.resolve("ct/seg_samples/data/test_files/" + name + ".dcm");
    }

    /** The CT2 grid extended to hold all four slices, and the slice index of each CT SOP Instance UID on it. */
    private record CtGrid(Geometry geometry, Map<String, Integer> sliceOfSop) {
    }

    private CtGrid ctGrid() throws IOException {
        Path series = DicomTestData.resolve("ct/seg_samples/pydicom_CT2_series");
        InvalidInputException uneven = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(series));
        assertTrue(uneven.getMessage().contains("uneven slice spacing"), uneven.getMessage());
        for (String f : List.of("17136", "17166", "17196")) {
            Files.copy(series.resolve(f), tmp.resolve(f));
        }
        Geometry three = DicomSeriesLoader.load(tmp).geometry();
        assertEquals(1.25, three.spacing(2), 1e-3);
        double[] origin = three.origin();
        origin[2] = -99.48;
        Geometry g = three.with(new int[] {16, 16, 165}, three.spacing(), origin);
        Map<String, Integer> slices = new HashMap<>();
        for (Path f : Files.list(series).toList()) {
            DicomFiles.Header h = DicomFiles.readHeader(f);
            double[] p = h.doubles(TagFromName.ImagePositionPatient);
            slices.put(h.string(TagFromName.SOPInstanceUID), (int) Math.round(g.physicalToIndex(p[0], p[1], p[2])[2]));
        }
        assertEquals(Map.of(0, 1, 162, 1, 163, 1, 164, 1).keySet(), new java.util.HashSet<>(slices.values()));
        return new CtGrid(g, slices);
    }

    @Test
    void binaryFramesLandOnTheSlicesTheyWereDerivedFrom() throws IOException {
        CtGrid ct = ctGrid();
        Path file = sample("seg_image_ct_binary");
        DicomSegReader seg = new DicomSegReader(file);
        assertEquals(1, seg.segments().size());
        Mask mask = seg.mask(seg.segments().getFirst().number(), ct.geometry());
        assertTrue(mask.count() > 0);
        // independent of the Plane Position: each frame's Derivation Image names its source CT slice; the slices holding
        // voxels of the mask must be those referenced by frames
        AttributeList list = DicomFiles.readAll(file);
        java.util.Set<Integer> referenced = new java.util.TreeSet<>();
        for (AttributeList frame : RtStructReader.items(list, TagFromName.PerFrameFunctionalGroupsSequence)) {
            AttributeList derivation = DicomSegReader.single(frame, TagFromName.DerivationImageSequence);
            AttributeList src = DicomSegReader.single(derivation, TagFromName.SourceImageSequence);
            referenced.add(ct.sliceOfSop().get(Attribute.getSingleStringValueOrEmptyString(src, TagFromName.ReferencedSOPInstanceUID)));
        }
        java.util.Set<Integer> occupied = new java.util.TreeSet<>();
        for (int k = 0; k < 165; k++) {
            for (int n = 0; n < 256; n++) {
                if (mask.inside()[k * 256 + n]) {
                    occupied.add(k);
                }
            }
        }
        System.out.println("seg_image_ct_binary: " + mask.count() + " voxels on slices " + occupied + ", frames reference slices " + referenced);
        assertTrue(referenced.containsAll(occupied) && !occupied.isEmpty(), occupied + " vs " + referenced);
    }

    @Test
    void fractionalEncodingOfTheSameMaskGivesTheSameVoxels() throws IOException {
        Geometry g = ctGrid().geometry();
        Mask binary = new DicomSegReader(sample("seg_image_ct_binary")).mask(1, g);
        Mask fractional = new DicomSegReader(sample("seg_image_ct_binary_fractional")).mask(1, g);
        assertArrayEquals(binary.inside(), fractional.inside());
        DicomSegReader trueFractional = new DicomSegReader(sample("seg_image_ct_true_fractional"));
        Mask thresholded = trueFractional.mask(1, g);
        System.out.println("true fractional, thresholded at 0.5: " + thresholded.count() + " voxels; binary: " + binary.count());
        assertTrue(thresholded.count() > 0);
    }

    @Test
    void overlappingSegmentsAreReadByNumberAndLabel() throws IOException {
        Geometry g = ctGrid().geometry();
        DicomSegReader seg = new DicomSegReader(sample("seg_image_ct_binary_overlap"));
        assertEquals(List.of("first segment", "second segment"), seg.segments().stream().map(DicomSegReader.Segment::label).toList());
        Mask first = seg.mask("first segment", g);
        Mask second = seg.mask(2, g);
        int both = 0;
        for (int n = 0; n < first.inside().length; n++) {
            if (first.inside()[n] && second.inside()[n]) both++;
        }
        System.out.println("overlap sample: " + first.count() + " and " + second.count() + " voxels, " + both + " in both");
        assertTrue(both > 0 && both < Math.max(first.count(), second.count()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> seg.mask("liver", g));
        assertTrue(e.getMessage().contains("second segment"), e.getMessage());
    }

    @Test
    void segmentationOnAnotherGridIsRefused() {
        Geometry wrong = Geometry.of(16, 16, 4, 0.488281, 0.488281, 1.25);
        DicomSegReader seg = new DicomSegReader(sample("seg_image_ct_binary"));
        assertThrows(InvalidInputException.class, () -> seg.mask(1, wrong));
        InvalidInputException notSeg = assertThrows(InvalidInputException.class,
                () -> new DicomSegReader(DicomTestData.resolve("ibsi/ct_phantom/dicom/mask/DCM_RS_00060.dcm")));
        assertTrue(notSeg.getMessage().contains("not SEG"), notSeg.getMessage());
    }
}
