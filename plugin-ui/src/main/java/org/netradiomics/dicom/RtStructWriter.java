package org.netradiomics.dicom;

import static org.netradiomics.dicom.DicomItems.put;
import static org.netradiomics.dicom.DicomItems.sopReference;
import static org.netradiomics.dicom.DicomItems.wrap;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DateAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.PersonNameAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ShortStringAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TimeAttribute;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.netradiomics.dicom.DicomSegWriter.LabelledMask;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

/**
 * Writes binary masks as one RT Structure Set referencing the source CT series: one ROI per mask (numbered 1..n in
 * the given order), and for every slice holding voxels of the ROI the closed planar polygons that run along the
 * voxel faces of the mask's boundary (outer boundaries and hole boundaries as separate contours, collinear points
 * merged). Rasterised by the even-odd rule at voxel centres ({@link RtStructReader}) the contours give back the mask
 * exactly.
 *
 * <p>Pixels that touch only diagonally belong to separate contours (the foreground is traced 4-connected: at a corner
 * shared by two diagonal pixels the trace turns towards the pixel it is walking along), and a boundary that comes
 * back to a corner it already passed is cut there, so every contour is a simple polygon; contours may share a corner
 * but never cross or share an edge, which keeps the even-odd reading exact.
 */
public final class RtStructWriter {
    /** Detached Study Management SOP Class: the class PS3.3 C.8.8.5 names for RT Referenced Study references. */
    static final String STUDY_REFERENCE_SOP_CLASS = "1.2.840.10008.3.1.2.3.1";

    // RT Structure Set attributes (group 3006) missing from PixelMed's dictionary, named as in DICOM PS3.6
    static final AttributeTag RT_REFERENCED_STUDY_SEQUENCE = new AttributeTag(0x3006, 0x0012);
    static final AttributeTag RT_REFERENCED_SERIES_SEQUENCE = new AttributeTag(0x3006, 0x0014);
    static final AttributeTag CONTOUR_IMAGE_SEQUENCE = new AttributeTag(0x3006, 0x0016);
    static final AttributeTag ROI_DISPLAY_COLOR = new AttributeTag(0x3006, 0x002A);
    static final AttributeTag ROI_GENERATION_ALGORITHM = new AttributeTag(0x3006, 0x0036);
    static final AttributeTag NUMBER_OF_CONTOUR_POINTS = new AttributeTag(0x3006, 0x0046);
    static final AttributeTag CONTOUR_NUMBER = new AttributeTag(0x3006, 0x0048);
    static final AttributeTag RT_ROI_OBSERVATIONS_SEQUENCE = new AttributeTag(0x3006, 0x0080);
    static final AttributeTag OBSERVATION_NUMBER = new AttributeTag(0x3006, 0x0082);
    static final AttributeTag RT_ROI_INTERPRETED_TYPE = new AttributeTag(0x3006, 0x00A4);
    static final AttributeTag ROI_INTERPRETER = new AttributeTag(0x3006, 0x00A6);

    /** Largest value length of a DS element in Explicit VR (16-bit length field, even). */
    private static final int MAX_DS_LENGTH = 0xFFFE;
    /** Longest ROI Name (LO). */
    private static final int MAX_NAME_LENGTH = 64;

    private static final String[] COPIED_FROM_SOURCE = {"SpecificCharacterSet", "PatientName", "PatientID", "PatientBirthDate", "PatientSex",
        "StudyInstanceUID", "StudyDate", "StudyTime", "ReferringPhysicianName", "StudyID", "AccessionNumber"};

    /** Display colours given to the ROIs in turn (RGB, 0..255). */
    private static final int[][] COLOURS = {{230, 25, 75}, {60, 180, 75}, {0, 130, 200}, {245, 130, 48}, {145, 30, 180},
        {70, 240, 240}, {240, 50, 230}, {210, 245, 60}, {250, 190, 212}, {0, 128, 128}, {170, 110, 40}, {128, 0, 0}};

    // directions of a boundary step in the corner lattice: +x, +y, -x, -y (counter-clockwise order)

    private RtStructWriter() {
    }

    /**
     * Writes the masks (each on the grid of {@code source}, labels unique and not blank) to {@code file} as an RT
     * Structure Set whose contours reference the slices of {@code source}.
     */
    public static void write(Path file, DicomSeries source, List<LabelledMask> rois) {
        check(file, source, rois);
        try {
            AttributeList list = new AttributeList();
            DicomItems.copyFromSource(list, source, COPIED_FROM_SOURCE);
            LocalDateTime now = LocalDateTime.now();
            String date = now.format(DateTimeFormatter.BASIC_ISO_DATE);
            String time = now.format(DateTimeFormatter.ofPattern("HHmmss"));
            put(list, new UniqueIdentifierAttribute(TagFromName.SOPClassUID), SOPClass.RTStructureSetStorage);
            put(list, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), DicomSegWriter.newUid());
            put(list, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), DicomSegWriter.newUid());
            put(list, new CodeStringAttribute(TagFromName.Modality), "RTSTRUCT");
            put(list, new IntegerStringAttribute(TagFromName.SeriesNumber), "301");
            put(list, new LongStringAttribute(TagFromName.SeriesDescription), "NETRadiomics structure set");
            list.put(new PersonNameAttribute(TagFromName.OperatorsName));
            put(list, new IntegerStringAttribute(TagFromName.InstanceNumber), "1");
            put(list, new LongStringAttribute(TagFromName.Manufacturer), "NETRadiomics");
            put(list, new DateAttribute(TagFromName.InstanceCreationDate), date);
            put(list, new TimeAttribute(TagFromName.InstanceCreationTime), time);
            put(list, new ShortStringAttribute(TagFromName.StructureSetLabel), "NETRadiomics");
            put(list, new DateAttribute(TagFromName.StructureSetDate), date);
            put(list, new TimeAttribute(TagFromName.StructureSetTime), time);
            list.put(referencedFrameOfReference(source));

            SequenceAttribute structureSetRois = new SequenceAttribute(RtStructReader.STRUCTURE_SET_ROI_SEQUENCE);
            SequenceAttribute roiContours = new SequenceAttribute(RtStructReader.ROI_CONTOUR_SEQUENCE);
            SequenceAttribute observations = new SequenceAttribute(RT_ROI_OBSERVATIONS_SEQUENCE);
            for (int r = 0; r < rois.size(); r++) {
                String number = Integer.toString(r + 1);
                AttributeList roi = new AttributeList();
                put(roi, new IntegerStringAttribute(RtStructReader.ROI_NUMBER), number);
                put(roi, new UniqueIdentifierAttribute(TagFromName.ReferencedFrameOfReferenceUID), source.frameOfReferenceUid());
                put(roi, new LongStringAttribute(RtStructReader.ROI_NAME), rois.get(r).label().trim());
                put(roi, new CodeStringAttribute(ROI_GENERATION_ALGORITHM), "SEMIAUTOMATIC");
                structureSetRois.addItem(roi);
                roiContours.addItem(roiContour(file, source, rois.get(r), number, COLOURS[r % COLOURS.length]));
                AttributeList observation = new AttributeList();
                put(observation, new IntegerStringAttribute(OBSERVATION_NUMBER), number);
                put(observation, new IntegerStringAttribute(RtStructReader.REFERENCED_ROI_NUMBER), number);
                // Type 2, left empty: the defined terms (GTV, ORGAN, CONTROL, ...) state a clinical role the writer does not know
                observation.put(new CodeStringAttribute(RT_ROI_INTERPRETED_TYPE));
                observation.put(new PersonNameAttribute(ROI_INTERPRETER));
                observations.addItem(observation);
            }
            list.put(structureSetRois);
            list.put(roiContours);
            list.put(observations);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "NETRADIOMICS");
            list.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (DicomException | IOException e) {
            throw new InvalidInputException("cannot write RTSTRUCT " + file + ": " + e.getMessage(), e);
        }
    }

    private static void check(Path file, DicomSeries source, List<LabelledMask> rois) {
        if (rois.isEmpty()) {
            throw new InvalidInputException("no ROI to write to " + file);
        }
        if (source.frameOfReferenceUid() == null || source.frameOfReferenceUid().isBlank()) {
            throw new InvalidInputException("CT series " + source.seriesInstanceUid() + " has no Frame of Reference UID; an RT Structure Set "
                    + "places its contours in the series' frame of reference and cannot be written without it (export DICOM-SEG or NIfTI instead)");
        }
        if (source.sopInstanceUids().size() != source.volume().geometry().nz()) {
            throw new InvalidInputException("CT series " + source.seriesInstanceUid() + " has " + source.sopInstanceUids().size()
                    + " SOP Instance UIDs for " + source.volume().geometry().nz() + " slices; the contours cannot reference their slices");
        }
        Geometry g = source.volume().geometry();
        Set<String> names = new HashSet<>();
        for (LabelledMask roi : rois) {
            String label = roi.label() == null ? "" : roi.label().trim();
            if (label.isEmpty()) {
                throw new InvalidInputException("an ROI has a blank label; every ROI of an RT Structure Set needs a name");
            }
            if (label.length() > MAX_NAME_LENGTH) {
                throw new InvalidInputException("ROI label '" + label + "' has " + label.length() + " characters; ROI Name allows at most "
                        + MAX_NAME_LENGTH);
            }
            if (!names.add(label)) {
                throw new InvalidInputException("ROI label '" + label + "' is used twice; ROIs are told apart by name, so labels must be unique");
            }
            if (!roi.mask().geometry().sameGrid(g, 1e-3)) {
                throw new InvalidInputException("ROI '" + label + "' is not on the grid of CT series " + source.seriesInstanceUid()
                        + ": " + roi.mask().geometry().describeDifference(g));
            }
            if (roi.mask().count() == 0) {
                throw new InvalidInputException("ROI '" + label + "' is empty; an RT Structure Set ROI needs at least one voxel");
            }
        }
    }

    private static SequenceAttribute referencedFrameOfReference(DicomSeries source) throws DicomException {
        AttributeList series = new AttributeList();
        put(series, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), source.seriesInstanceUid());
        SequenceAttribute images = new SequenceAttribute(CONTOUR_IMAGE_SEQUENCE);
        for (String uid : source.sopInstanceUids()) {
            images.addItem(sopReference(source.sopClassUid(), uid));
        }
        series.put(images);
        AttributeList study = new AttributeList();
        put(study, new UniqueIdentifierAttribute(TagFromName.ReferencedSOPClassUID), STUDY_REFERENCE_SOP_CLASS);
        put(study, new UniqueIdentifierAttribute(TagFromName.ReferencedSOPInstanceUID), source.studyInstanceUid());
        study.put(wrap(RT_REFERENCED_SERIES_SEQUENCE, series));
        AttributeList frame = new AttributeList();
        put(frame, new UniqueIdentifierAttribute(TagFromName.FrameOfReferenceUID), source.frameOfReferenceUid());
        frame.put(wrap(RT_REFERENCED_STUDY_SEQUENCE, study));
        return wrap(RtStructReader.REFERENCED_FRAME_OF_REFERENCE_SEQUENCE, frame);
    }

    private static AttributeList roiContour(Path file, DicomSeries source, LabelledMask roi, String number, int[] colour) throws DicomException {
        Geometry g = source.volume().geometry();
        AttributeList item = new AttributeList();
        put(item, new IntegerStringAttribute(ROI_DISPLAY_COLOR), Integer.toString(colour[0]), Integer.toString(colour[1]), Integer.toString(colour[2]));
        SequenceAttribute contours = new SequenceAttribute(RtStructReader.CONTOUR_SEQUENCE);
        int contourNumber = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int[] polygon : VoxelFaceContours.ofSlice(roi.mask(), k)) {
                AttributeList contour = new AttributeList();
                contour.put(wrap(CONTOUR_IMAGE_SEQUENCE, sopReference(source.sopClassUid(), source.sopInstanceUids().get(k))));
                put(contour, new CodeStringAttribute(RtStructReader.CONTOUR_GEOMETRIC_TYPE), "CLOSED_PLANAR");
                put(contour, new IntegerStringAttribute(NUMBER_OF_CONTOUR_POINTS), Integer.toString(polygon.length / 2));
                put(contour, new IntegerStringAttribute(CONTOUR_NUMBER), Integer.toString(++contourNumber));
                DecimalStringAttribute data = new DecimalStringAttribute(TagFromName.ContourData);
                int length = -1;
                for (int p = 0; p < polygon.length; p += 2) {
                    // corner (c, r) of the lattice is the voxel-face corner at index (c - 0.5, r - 0.5)
                    double[] xyz = g.indexToPhysical(polygon[p] - 0.5, polygon[p + 1] - 0.5, k);
                    for (double v : xyz) {
                        String s = ds(v);
                        length += s.length() + 1;
                        data.addValue(s);
                    }
                }
                if (length > MAX_DS_LENGTH) {
                    throw new InvalidInputException(String.format(Locale.ROOT, "ROI '%s' has a contour of %d points on slice %d; its Contour Data "
                            + "(%d bytes) exceeds the %d bytes a DICOM element can hold in %s", roi.label(), polygon.length / 2, k, length,
                            MAX_DS_LENGTH, file.getFileName()));
                }
                contour.put(data);
                contours.addItem(contour);
            }
        }
        item.put(contours);
        put(item, new IntegerStringAttribute(RtStructReader.REFERENCED_ROI_NUMBER), number);
        return item;
    }

    /** Decimal String value of a coordinate in mm: 0.1 micrometre resolution, trailing zeros dropped (short Contour Data). */
    static String ds(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.equals("-0")) {
            s = "0";
        }
        return s.length() <= 16 ? s : String.format(Locale.ROOT, "%.9e", v);
    }
}
