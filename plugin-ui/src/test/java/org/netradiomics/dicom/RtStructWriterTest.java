package org.netradiomics.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.dicom.DicomSegWriter.LabelledMask;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.io.NiftiReader;

class RtStructWriterTest {
    @TempDir Path tmp;

    private static DicomSeries phantom() {
        return DicomSeriesLoader.loadSeries(DicomTestData.resolve("ibsi/ct_phantom/dicom/image"), null);
    }

    @Test
    void holesDiagonalPixelsAndSeveralRoisRoundTripVoxelForVoxel() {
        DicomSeries ct = phantom();
        Geometry g = ct.volume().geometry();
        int k0 = g.nz() / 2;
        assertTrue(g.nx() >= 130 && g.ny() >= 180 && g.nz() >= 3, "synthetic shapes fit the grid " + g);
        // ROI 1: a square ring whose hole holds an island, and a second ring on the next slice
        boolean[] rings = new boolean[g.voxelCount()];
        box(g, rings, 100, 100, k0, 20, 20, true);
        box(g, rings, 105, 105, k0, 10, 10, false);
        box(g, rings, 108, 108, k0, 4, 4, true);
        box(g, rings, 100, 100, k0 + 1, 9, 9, true);
        rings[g.index(104, 104, k0 + 1)] = false; // one-voxel hole
        // ROI 2: pixels touching only diagonally: a checkerboard, a pair, a "C" closed by a diagonal contact, a
        // diagonal hole pair, and voxels on the grid's edges and corners
        boolean[] diagonal = new boolean[g.voxelCount()];
        for (int j = 0; j < 6; j++) for (int i = 0; i < 6; i++) diagonal[g.index(20 + i, 20 + j, k0)] = (i + j) % 2 == 0;
        diagonal[g.index(40, 40, k0)] = true;
        diagonal[g.index(41, 41, k0)] = true;
        box(g, diagonal, 50, 20, k0, 5, 5, true); // the C: 5x5 ring opened at a corner, closed by a diagonal touch
        box(g, diagonal, 51, 21, k0, 3, 3, false);
        diagonal[g.index(54, 24, k0)] = false;
        box(g, diagonal, 70, 20, k0, 6, 6, true); // block with two holes touching diagonally
        diagonal[g.index(72, 22, k0)] = false;
        diagonal[g.index(73, 23, k0)] = false;
        diagonal[g.index(0, 0, k0)] = true;
        diagonal[g.index(g.nx() - 1, g.ny() - 1, k0)] = true;
        for (int i = 0; i < g.nx(); i += 2) diagonal[g.index(i, 0, k0 + 1)] = true;
        for (int j = 0; j < g.ny(); j++) diagonal[g.index(g.nx() - 1, j, k0 + 1)] = true;
        // ROI 3: random noise (about half the voxels of a 40 x 40 x 3 block), every corner configuration many times
        boolean[] noise = new boolean[g.voxelCount()];
        Random random = new Random(42);
        for (int k = k0 - 1; k <= k0 + 1; k++) for (int j = 140; j < 180; j++) for (int i = 60; i < 100; i++) noise[g.index(i, j, k)] = random.nextBoolean();
        List<LabelledMask> rois = List.of(new LabelledMask("rings", new Mask(g, rings)), new LabelledMask("diagonal", new Mask(g, diagonal)),
                new LabelledMask("noise", new Mask(g, noise)));
        Path out = tmp.resolve("synthetic.rtstruct.dcm");
        RtStructWriter.write(out, ct, rois);

        RtStructReader back = new RtStructReader(out);
        assertEquals(List.of("rings", "diagonal", "noise"), back.roiNames());
        for (LabelledMask roi : rois) {
            Mask read = back.mask(roi.label(), g);
            System.out.println("RTSTRUCT round trip '" + roi.label() + "': voxels " + roi.mask().count() + " written, " + read.count()
                    + " read back, Dice " + DicomTestData.dice(roi.mask(), read));
            assertEquals(roi.mask().count(), read.count());
            assertArrayEquals(roi.mask().inside(), read.inside(), roi.label());
            for (int k = 0; k < g.nz(); k++) {
                assertContoursAreSimpleAndMerged(VoxelFaceContours.ofSlice(roi.mask(), k));
            }
        }
        // hand counts: the ring slice is an outer square, its hole and the island (3 contours), the next slice 2;
        // the checkerboard's 18 voxels are 18 separate squares
        assertEquals(3, VoxelFaceContours.ofSlice(new Mask(g, rings), k0).size());
        assertEquals(2, VoxelFaceContours.ofSlice(new Mask(g, rings), k0 + 1).size());
        boolean[] board = new boolean[g.voxelCount()];
        for (int j = 0; j < 6; j++) for (int i = 0; i < 6; i++) board[g.index(20 + i, 20 + j, k0)] = (i + j) % 2 == 0;
        List<int[]> squares = VoxelFaceContours.ofSlice(new Mask(g, board), k0);
        assertEquals(18, squares.size());
        squares.forEach(s -> assertEquals(8, s.length));
        // the C closed by a diagonal touch: its boundary comes back to the touching corner and is cut there into the
        // outer square and the inner 3 x 3 square; the block with two diagonal holes: outer square and two unit squares
        boolean[] c = new boolean[g.voxelCount()];
        box(g, c, 50, 20, k0, 5, 5, true);
        box(g, c, 51, 21, k0, 3, 3, false);
        c[g.index(54, 24, k0)] = false;
        List<int[]> cContours = VoxelFaceContours.ofSlice(new Mask(g, c), k0);
        assertEquals(2, cContours.size());
        assertEquals(List.of(4, 6), cContours.stream().map(p -> p.length / 2).sorted().toList()); // outer hexagon, inner square
        boolean[] holes = new boolean[g.voxelCount()];
        box(g, holes, 70, 20, k0, 6, 6, true);
        holes[g.index(72, 22, k0)] = false;
        holes[g.index(73, 23, k0)] = false;
        assertEquals(List.of(4, 4, 4), VoxelFaceContours.ofSlice(new Mask(g, holes), k0).stream().map(p -> p.length / 2).toList());
    }

    @Test
    void abdomenLiverRoundTripsVoxelForVoxel() {
        DicomSeries ct = DicomSeriesLoader.loadSeries(DicomTestData.resolve("ct/abdomen_ct/dicom"), null);
        Geometry g = ct.volume().geometry();
        Mask liver = DicomTestData.mapOntoGrid(Mask.fromLabel(NiftiReader.read(DicomTestData.resolve("ct/abdomen_ct/masks/liver.nii.gz")), 1), g);
        Path out = tmp.resolve("liver.rtstruct.dcm");
        RtStructWriter.write(out, ct, List.of(new LabelledMask("liver", liver)));
        Mask read = new RtStructReader(out).mask("liver", g);
        int contours = 0;
        int points = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int[] c : VoxelFaceContours.ofSlice(liver, k)) {
                contours++;
                points += c.length / 2;
            }
        }
        System.out.println("RTSTRUCT abdomen liver: voxels " + liver.count() + " written, " + read.count() + " read back, Dice "
                + DicomTestData.dice(liver, read) + "; " + contours + " contours, " + points + " points");
        assertArrayEquals(liver.inside(), read.inside());
    }

    @Test
    void ibsiPhantomGtvRoundTripsAndItsContourAreasAndPointsMatchTheVoxels() {
        DicomSeries ct = phantom();
        Geometry g = ct.volume().geometry();
        Mask gtv = DicomTestData.mapOntoGrid(Mask.fromLabel(NiftiReader.read(DicomTestData.resolve("ibsi/ct_phantom/nifti/mask/mask.nii.gz")), 1), g);
        Path out = tmp.resolve("gtv.rtstruct.dcm");
        RtStructWriter.write(out, ct, List.of(new LabelledMask("GTV-1", gtv)));
        Mask read = new RtStructReader(out).mask("GTV-1", g);
        System.out.println("RTSTRUCT IBSI phantom GTV-1: voxels " + gtv.count() + " written, " + read.count() + " read back, Dice "
                + DicomTestData.dice(gtv, read));
        assertEquals(gtv.count(), read.count());
        assertArrayEquals(gtv.inside(), read.inside());

        // independent check from the file: per slice, the contours' areas (shoelace in the slice plane, mm, signed by
        // even-odd nesting depth) equal voxels x pixel area, their lengths equal the exposed voxel faces, and their point
        // count equals the corners where the mask boundary turns
        double[] d = g.direction();
        double[] rowAxis = {d[0], d[3], d[6]};
        double[] columnAxis = {d[1], d[4], d[7]};
        double pixelArea = g.spacing(0) * g.spacing(1);
        List<List<double[][]>> bySlice = new ArrayList<>();
        for (int k = 0; k < g.nz(); k++) bySlice.add(new ArrayList<>());
        AttributeList list = DicomFiles.readAll(out);
        AttributeList roiContours = RtStructReader.items(list, RtStructReader.ROI_CONTOUR_SEQUENCE).getFirst();
        for (AttributeList c : RtStructReader.items(roiContours, RtStructReader.CONTOUR_SEQUENCE)) {
            double[] p = Attribute.getDoubleValues(c, TagFromName.ContourData);
            assertEquals(p.length / 3, Attribute.getSingleIntegerValueOrDefault(c, RtStructWriter.NUMBER_OF_CONTOUR_POINTS, -1));
            String sop = Attribute.getSingleStringValueOrEmptyString(
                    RtStructReader.items(c, RtStructWriter.CONTOUR_IMAGE_SEQUENCE).getFirst(), TagFromName.ReferencedSOPInstanceUID);
            int k = ct.sopInstanceUids().indexOf(sop);
            assertTrue(k >= 0, sop);
            double[][] uv = new double[p.length / 3][];
            for (int n = 0; n < uv.length; n++) {
                double[] rel = {p[3 * n] - g.origin()[0], p[3 * n + 1] - g.origin()[1], p[3 * n + 2] - g.origin()[2]};
                assertEquals(k * g.spacing(2), dot(rel, new double[] {d[2], d[5], d[8]}), 1e-3, "contour plane of slice " + k);
                uv[n] = new double[] {dot(rel, rowAxis), dot(rel, columnAxis)};
            }
            bySlice.get(k).add(uv);
        }
        int slicesWithVoxels = 0;
        for (int k = 0; k < g.nz(); k++) {
            List<double[][]> polygons = bySlice.get(k);
            double area = 0;
            double length = 0;
            int points = 0;
            for (double[][] poly : polygons) {
                int depth = 0;
                double[] probe = unitEdgeMidpoint(poly, g.spacing(0), g.spacing(1));
                for (double[][] other : polygons) {
                    if (other != poly && contains(other, probe)) depth++;
                }
                area += (depth % 2 == 0 ? 1 : -1) * Math.abs(shoelace(poly));
                for (int n = 0; n < poly.length; n++) length += Math.hypot(poly[(n + 1) % poly.length][0] - poly[n][0], poly[(n + 1) % poly.length][1] - poly[n][1]);
                points += poly.length;
            }
            int voxels = 0;
            int facesAlongRows = 0;
            int facesAlongColumns = 0;
            int turningCorners = 0;
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (gtv.get(i, j, k)) {
                        voxels++;
                        facesAlongRows += (in(gtv, i, j - 1, k) ? 0 : 1) + (in(gtv, i, j + 1, k) ? 0 : 1);
                        facesAlongColumns += (in(gtv, i - 1, j, k) ? 0 : 1) + (in(gtv, i + 1, j, k) ? 0 : 1);
                    }
                }
            }
            for (int j = 0; j <= g.ny(); j++) {
                for (int i = 0; i <= g.nx(); i++) {
                    boolean a = in(gtv, i - 1, j - 1, k), b = in(gtv, i, j - 1, k), c = in(gtv, i - 1, j, k), e = in(gtv, i, j, k);
                    int n = (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0) + (e ? 1 : 0);
                    turningCorners += n == 1 || n == 3 ? 1 : n == 2 && a == e ? 2 : 0;
                }
            }
            if (voxels > 0) {
                slicesWithVoxels++;
                System.out.printf(java.util.Locale.ROOT, "  slice %d: %d voxels, %d contours, %d points, area %.4f mm2 = %.4f voxels%n",
                        k, voxels, polygons.size(), points, area, area / pixelArea);
            }
            assertEquals(voxels * pixelArea, area, 1e-3 * pixelArea, "area of slice " + k);
            assertEquals(facesAlongRows * g.spacing(0) + facesAlongColumns * g.spacing(1), length, 1e-3, "contour length of slice " + k);
            assertEquals(turningCorners, points, "contour points of slice " + k);
        }
        assertTrue(slicesWithVoxels > 1);
    }

    @Test
    void theFileIsAnRtStructureSetOfTheSeriesAsPixelMedReadsIt() {
        DicomSeries ct = phantom();
        Geometry g = ct.volume().geometry();
        boolean[] inside = new boolean[g.voxelCount()];
        box(g, inside, 10, 20, 1, 5, 6, true);
        box(g, inside, 10, 20, 2, 5, 6, true);
        Path out = tmp.resolve("check.rtstruct.dcm");
        RtStructWriter.write(out, ct, List.of(new LabelledMask("lesion 1", new Mask(g, inside))));

        AttributeList list = DicomFiles.readAll(out);
        assertEquals(SOPClass.RTStructureSetStorage, Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPClassUID));
        assertEquals(SOPClass.RTStructureSetStorage, Attribute.getSingleStringValueOrEmptyString(list, TagFromName.MediaStorageSOPClassUID));
        assertEquals("RTSTRUCT", Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality));
        assertEquals(ct.studyInstanceUid(), Attribute.getSingleStringValueOrEmptyString(list, TagFromName.StudyInstanceUID));
        assertEquals(ct.firstHeader().string(TagFromName.PatientID), Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientID));
        assertNotEquals(ct.seriesInstanceUid(), Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SeriesInstanceUID));
        assertTrue(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID).startsWith("2.25."));
        assertEquals(ct.frameOfReferenceUid(), new RtStructReader(out).frameOfReferenceUid());

        AttributeList frame = RtStructReader.items(list, RtStructReader.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE).getFirst();
        AttributeList study = RtStructReader.items(frame, RtStructWriter.RT_REFERENCED_STUDY_SEQUENCE).getFirst();
        assertEquals(ct.studyInstanceUid(), Attribute.getSingleStringValueOrEmptyString(study, TagFromName.ReferencedSOPInstanceUID));
        AttributeList series = RtStructReader.items(study, RtStructWriter.RT_REFERENCED_SERIES_SEQUENCE).getFirst();
        assertEquals(ct.seriesInstanceUid(), Attribute.getSingleStringValueOrEmptyString(series, TagFromName.SeriesInstanceUID));
        List<String> referenced = new ArrayList<>();
        for (AttributeList image : RtStructReader.items(series, RtStructWriter.CONTOUR_IMAGE_SEQUENCE)) {
            assertEquals(ct.sopClassUid(), Attribute.getSingleStringValueOrEmptyString(image, TagFromName.ReferencedSOPClassUID));
            referenced.add(Attribute.getSingleStringValueOrEmptyString(image, TagFromName.ReferencedSOPInstanceUID));
        }
        assertEquals(ct.sopInstanceUids(), referenced);

        AttributeList roi = RtStructReader.items(list, RtStructReader.STRUCTURE_SET_ROI_SEQUENCE).getFirst();
        assertEquals(1, Attribute.getSingleIntegerValueOrDefault(roi, RtStructReader.ROI_NUMBER, -1));
        assertEquals("lesion 1", Attribute.getSingleStringValueOrEmptyString(roi, RtStructReader.ROI_NAME));
        assertEquals(ct.frameOfReferenceUid(), Attribute.getSingleStringValueOrEmptyString(roi, TagFromName.ReferencedFrameOfReferenceUID));
        assertEquals("SEMIAUTOMATIC", Attribute.getSingleStringValueOrEmptyString(roi, RtStructWriter.ROI_GENERATION_ALGORITHM));
        AttributeList observation = RtStructReader.items(list, RtStructWriter.RT_ROI_OBSERVATIONS_SEQUENCE).getFirst();
        assertEquals(1, Attribute.getSingleIntegerValueOrDefault(observation, RtStructReader.REFERENCED_ROI_NUMBER, -1));
        assertTrue(observation.get(RtStructWriter.RT_ROI_INTERPRETED_TYPE) != null);
        assertEquals("", Attribute.getSingleStringValueOrEmptyString(observation, RtStructWriter.RT_ROI_INTERPRETED_TYPE));

        AttributeList roiContour = RtStructReader.items(list, RtStructReader.ROI_CONTOUR_SEQUENCE).getFirst();
        assertEquals(1, Attribute.getSingleIntegerValueOrDefault(roiContour, RtStructReader.REFERENCED_ROI_NUMBER, -1));
        assertEquals(3, Attribute.getIntegerValues(roiContour, RtStructWriter.ROI_DISPLAY_COLOR).length);
        List<AttributeList> contours = RtStructReader.items(roiContour, RtStructReader.CONTOUR_SEQUENCE);
        assertEquals(2, contours.size()); // one rectangle on each of slices 1 and 2
        Set<String> slices = new HashSet<>();
        for (AttributeList c : contours) {
            assertEquals("CLOSED_PLANAR", Attribute.getSingleStringValueOrEmptyString(c, RtStructReader.CONTOUR_GEOMETRIC_TYPE));
            double[] p = Attribute.getDoubleValues(c, TagFromName.ContourData);
            assertEquals(12, p.length); // 4 corners, collinear points merged
            String sop = Attribute.getSingleStringValueOrEmptyString(RtStructReader.items(c, RtStructWriter.CONTOUR_IMAGE_SEQUENCE).getFirst(),
                    TagFromName.ReferencedSOPInstanceUID);
            int k = ct.sopInstanceUids().indexOf(sop);
            slices.add(sop);
            for (int n = 0; n < 4; n++) {
                assertEquals(k, g.physicalToIndex(p[3 * n], p[3 * n + 1], p[3 * n + 2])[2], 1e-4, "contour on the slice it references");
            }
            double[] first = g.physicalToIndex(p[0], p[1], p[2]);
            assertTrue(Math.abs(first[0] - 9.5) < 1e-4 || Math.abs(first[0] - 14.5) < 1e-4, "corner on a voxel face: " + first[0]);
            assertTrue(Math.abs(first[1] - 19.5) < 1e-4 || Math.abs(first[1] - 25.5) < 1e-4, "corner on a voxel face: " + first[1]);
        }
        assertEquals(Set.of(ct.sopInstanceUids().get(1), ct.sopInstanceUids().get(2)), slices);
    }

    @Test
    void emptyOffGridBlankOrDuplicateLabelsAndSeriesWithoutFrameOfReferenceAreRefused() {
        DicomSeries ct = phantom();
        Geometry g = ct.volume().geometry();
        boolean[] one = new boolean[g.voxelCount()];
        one[g.index(5, 5, 1)] = true;
        Mask voxel = new Mask(g, one);
        Path out = tmp.resolve("x.rtstruct.dcm");
        assertRefused("empty", () -> RtStructWriter.write(out, ct, List.of(new LabelledMask("a", voxel), new LabelledMask("b", Mask.empty(g)))));
        assertRefused("not on the grid", () -> RtStructWriter.write(out, ct,
                List.of(new LabelledMask("a", Mask.empty(Geometry.of(g.nx(), g.ny(), g.nz(), 1, 1, 1))))));
        assertRefused("blank label", () -> RtStructWriter.write(out, ct, List.of(new LabelledMask("  ", voxel))));
        assertRefused("used twice", () -> RtStructWriter.write(out, ct, List.of(new LabelledMask("a", voxel), new LabelledMask("a ", voxel))));
        assertRefused("no ROI", () -> RtStructWriter.write(out, ct, List.of()));
        DicomSeries noFrame = new DicomSeries(ct.volume(), ct.seriesInstanceUid(), ct.studyInstanceUid(), "", ct.sopClassUid(),
                ct.sopInstanceUids(), ct.firstHeader());
        assertRefused("Frame of Reference", () -> RtStructWriter.write(out, noFrame, List.of(new LabelledMask("a", voxel))));
        // a comb whose teeth carry one-voxel bumps: one contour of about 20000 points, more Contour Data than a DS
        // element holds in Explicit VR (65534 bytes)
        boolean[] comb = new boolean[g.voxelCount()];
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                comb[g.index(i, j, 1)] = i == 0 || j % 4 == 0 || (j % 4 == 1 && i % 2 == 0);
            }
        }
        assertRefused("exceeds", () -> RtStructWriter.write(out, ct, List.of(new LabelledMask("comb", new Mask(g, comb)))));
        assertTrue(!out.toFile().exists());
    }

    private static void assertRefused(String messagePart, org.junit.jupiter.api.function.Executable write) {
        InvalidInputException e = assertThrows(InvalidInputException.class, write);
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    /** Every contour: an even number (at least 4) of distinct corners, each a turn (no collinear neighbours). */
    private static void assertContoursAreSimpleAndMerged(List<int[]> polygons) {
        for (int[] p : polygons) {
            int n = p.length / 2;
            assertTrue(n >= 4 && n % 2 == 0, "corners " + n);
            Set<Long> corners = new HashSet<>();
            for (int v = 0; v < n; v++) {
                assertTrue(corners.add(((long) p[2 * v] << 32) | p[2 * v + 1]), "corner repeated");
                int a = (v + n - 1) % n, b = (v + 1) % n;
                boolean inX = p[2 * a] == p[2 * v] && p[2 * v] == p[2 * b];
                boolean inY = p[2 * a + 1] == p[2 * v + 1] && p[2 * v + 1] == p[2 * b + 1];
                assertTrue(!inX && !inY, "collinear corner kept");
            }
        }
    }

    private static void box(Geometry g, boolean[] inside, int i0, int j0, int k, int w, int h, boolean value) {
        for (int j = j0; j < j0 + h; j++) for (int i = i0; i < i0 + w; i++) inside[g.index(i, j, k)] = value;
    }

    private static boolean in(Mask m, int i, int j, int k) {
        return m.geometry().contains(i, j, k) && m.get(i, j, k);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double shoelace(double[][] p) {
        double a = 0;
        for (int n = 0; n < p.length; n++) a += p[n][0] * p[(n + 1) % p.length][1] - p[(n + 1) % p.length][0] * p[n][1];
        return a / 2;
    }

    /** The midpoint of the first voxel face along the polygon's first edge: on no other contour of the slice. */
    private static double[] unitEdgeMidpoint(double[][] p, double su, double sv) {
        double du = p[1][0] - p[0][0], dv = p[1][1] - p[0][1];
        double len = Math.hypot(du, dv);
        double step = Math.abs(du) > Math.abs(dv) ? su : sv;
        return new double[] {p[0][0] + du / len * step / 2, p[0][1] + dv / len * step / 2};
    }

    private static boolean contains(double[][] p, double[] q) {
        boolean in = false;
        for (int n = 0, m = p.length - 1; n < p.length; m = n++) {
            if ((p[n][1] > q[1]) != (p[m][1] > q[1]) && q[0] < p[m][0] + (q[1] - p[m][1]) * (p[n][0] - p[m][0]) / (p[n][1] - p[m][1])) {
                in = !in;
            }
        }
        return in;
    }
}
