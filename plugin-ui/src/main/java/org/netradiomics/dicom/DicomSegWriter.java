package org.netradiomics.dicom;

import static org.netradiomics.dicom.DicomItems.put;
import static org.netradiomics.dicom.DicomItems.sopReference;
import static org.netradiomics.dicom.DicomItems.wrap;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.AttributeTagAttribute;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ShortStringAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedLongAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;

/**
 * Writes binary masks as one BINARY DICOM Segmentation referencing the source CT series: one segment per mask
 * (numbered 1..n in the given order), one frame per segment and slice that holds voxels of the segment.
 */
public final class DicomSegWriter {
    /** A mask with the label it gets as Segment Label. */
    public record LabelledMask(String label, Mask mask) {
    }

    private static final String[] COPIED_FROM_SOURCE = {"PatientName", "PatientID", "PatientBirthDate", "PatientSex", "StudyInstanceUID",
        "StudyDate", "StudyTime", "ReferringPhysicianName", "StudyID", "AccessionNumber", "FrameOfReferenceUID", "PositionReferenceIndicator"};

    private DicomSegWriter() {
    }

    /** Writes the segments (each on the grid of {@code source}) to {@code file} as a BINARY DICOM-SEG. */
    public static void write(Path file, DicomSeries source, List<LabelledMask> segments) {
        Geometry g = source.volume().geometry();
        if (segments.isEmpty()) {
            throw new InvalidInputException("no segment to write to " + file);
        }
        for (LabelledMask s : segments) {
            if (!s.mask().geometry().sameGrid(g, 1e-3)) {
                throw new InvalidInputException("segment '" + s.label() + "' is not on the grid of CT series " + source.seriesInstanceUid()
                        + ": " + s.mask().geometry().describeDifference(g));
            }
            if (s.mask().count() == 0) {
                throw new InvalidInputException("segment '" + s.label() + "' is empty; a DICOM-SEG segment needs at least one voxel");
            }
        }
        try {
            AttributeList list = new AttributeList();
            DicomItems.copyFromSource(list, source, COPIED_FROM_SOURCE);
            String seriesUid = newUid();
            String sopUid = newUid();
            put(list, new UniqueIdentifierAttribute(TagFromName.SOPClassUID), SOPClass.SegmentationStorage);
            put(list, new UniqueIdentifierAttribute(TagFromName.SOPInstanceUID), sopUid);
            put(list, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), seriesUid);
            put(list, new CodeStringAttribute(TagFromName.Modality), "SEG");
            put(list, new IntegerStringAttribute(TagFromName.SeriesNumber), "300");
            put(list, new IntegerStringAttribute(TagFromName.InstanceNumber), "1");
            put(list, new LongStringAttribute(TagFromName.Manufacturer), "NETRadiomics");
            put(list, new CodeStringAttribute(TagFromName.ImageType), "DERIVED", "PRIMARY");
            put(list, new CodeStringAttribute(TagFromName.ContentLabel), "SEGMENTATION");
            put(list, new CodeStringAttribute(TagFromName.SegmentationType), "BINARY");
            put(list, new CodeStringAttribute(TagFromName.LossyImageCompression), "00");
            put(list, new UnsignedShortAttribute(TagFromName.SamplesPerPixel), "1");
            put(list, new CodeStringAttribute(TagFromName.PhotometricInterpretation), "MONOCHROME2");
            put(list, new UnsignedShortAttribute(TagFromName.Rows), Integer.toString(g.ny()));
            put(list, new UnsignedShortAttribute(TagFromName.Columns), Integer.toString(g.nx()));
            put(list, new UnsignedShortAttribute(TagFromName.BitsAllocated), "1");
            put(list, new UnsignedShortAttribute(TagFromName.BitsStored), "1");
            put(list, new UnsignedShortAttribute(TagFromName.HighBit), "0");
            put(list, new UnsignedShortAttribute(TagFromName.PixelRepresentation), "0");
            list.put(referencedSeries(source));
            list.put(segmentSequence(segments));
            list.put(dimensions());
            list.put(sharedGroups(g));
            List<int[]> frames = new ArrayList<>(); // {segment number, slice}
            for (int s = 0; s < segments.size(); s++) {
                for (int k = 0; k < g.nz(); k++) {
                    if (sliceHasVoxels(segments.get(s).mask(), k)) {
                        frames.add(new int[] {s + 1, k});
                    }
                }
            }
            SequenceAttribute perFrame = new SequenceAttribute(TagFromName.PerFrameFunctionalGroupsSequence);
            int pixelsPerFrame = g.nx() * g.ny();
            byte[] bits = new byte[(int) (((long) frames.size() * pixelsPerFrame + 7) / 8 + 1) & ~1];
            for (int f = 0; f < frames.size(); f++) {
                int segment = frames.get(f)[0];
                int k = frames.get(f)[1];
                perFrame.addItem(frameGroup(g, source, segment, k));
                boolean[] inside = segments.get(segment - 1).mask().inside();
                for (int n = 0; n < pixelsPerFrame; n++) {
                    if (inside[k * pixelsPerFrame + n]) {
                        long bit = (long) f * pixelsPerFrame + n;
                        bits[(int) (bit >>> 3)] |= (byte) (1 << (bit & 7));
                    }
                }
            }
            list.put(perFrame);
            put(list, new IntegerStringAttribute(TagFromName.NumberOfFrames), Integer.toString(frames.size()));
            OtherByteAttribute pixelData = new OtherByteAttribute(TagFromName.PixelData);
            pixelData.setValues(bits);
            list.put(pixelData);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "NETRADIOMICS");
            list.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (DicomException | IOException e) {
            throw new InvalidInputException("cannot write DICOM-SEG " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean sliceHasVoxels(Mask mask, int k) {
        int n = mask.geometry().nx() * mask.geometry().ny();
        boolean[] inside = mask.inside();
        for (int x = k * n; x < (k + 1) * n; x++) {
            if (inside[x]) {
                return true;
            }
        }
        return false;
    }

    private static SequenceAttribute referencedSeries(DicomSeries source) throws DicomException {
        AttributeList series = new AttributeList();
        put(series, new UniqueIdentifierAttribute(TagFromName.SeriesInstanceUID), source.seriesInstanceUid());
        SequenceAttribute instances = new SequenceAttribute(TagFromName.ReferencedInstanceSequence);
        for (String uid : source.sopInstanceUids()) {
            instances.addItem(sopReference(source.sopClassUid(), uid));
        }
        series.put(instances);
        SequenceAttribute seq = new SequenceAttribute(TagFromName.ReferencedSeriesSequence);
        seq.addItem(series);
        return seq;
    }

    private static SequenceAttribute segmentSequence(List<LabelledMask> segments) throws DicomException {
        SequenceAttribute seq = new SequenceAttribute(TagFromName.SegmentSequence);
        for (int s = 0; s < segments.size(); s++) {
            AttributeList item = new AttributeList();
            put(item, new UnsignedShortAttribute(TagFromName.SegmentNumber), Integer.toString(s + 1));
            put(item, new LongStringAttribute(TagFromName.SegmentLabel), segments.get(s).label());
            put(item, new CodeStringAttribute(TagFromName.SegmentAlgorithmType), "MANUAL");
            // SNOMED CT "Tissue" (85756007) as both category and type: the generic choice when the structure is not coded
            item.put(code(TagFromName.SegmentedPropertyCategoryCodeSequence, "85756007", "SCT", "Tissue"));
            item.put(code(TagFromName.SegmentedPropertyTypeCodeSequence, "85756007", "SCT", "Tissue"));
            seq.addItem(item);
        }
        return seq;
    }

    private static SequenceAttribute code(AttributeTag tag, String value, String scheme, String meaning) throws DicomException {
        AttributeList c = new AttributeList();
        put(c, new ShortStringAttribute(TagFromName.CodeValue), value);
        put(c, new ShortStringAttribute(TagFromName.CodingSchemeDesignator), scheme);
        put(c, new LongStringAttribute(TagFromName.CodeMeaning), meaning);
        SequenceAttribute seq = new SequenceAttribute(tag);
        seq.addItem(c);
        return seq;
    }

    private static SequenceAttribute dimensions() throws DicomException {
        SequenceAttribute index = new SequenceAttribute(TagFromName.DimensionIndexSequence);
        String organisation = newUid();
        AttributeTag[][] pointers = {{TagFromName.ReferencedSegmentNumber, TagFromName.SegmentIdentificationSequence},
            {TagFromName.ImagePositionPatient, TagFromName.PlanePositionSequence}};
        for (AttributeTag[] p : pointers) {
            AttributeList item = new AttributeList();
            put(item, new UniqueIdentifierAttribute(TagFromName.DimensionOrganizationUID), organisation);
            AttributeTagAttribute pointer = new AttributeTagAttribute(TagFromName.DimensionIndexPointer);
            pointer.addValue(p[0]);
            item.put(pointer);
            AttributeTagAttribute group = new AttributeTagAttribute(TagFromName.FunctionalGroupPointer);
            group.addValue(p[1]);
            item.put(group);
            index.addItem(item);
        }
        return index;
    }

    private static SequenceAttribute sharedGroups(Geometry g) throws DicomException {
        double[] d = g.direction();
        AttributeList orientation = new AttributeList();
        put(orientation, new DecimalStringAttribute(TagFromName.ImageOrientationPatient), ds(d[0]), ds(d[3]), ds(d[6]), ds(d[1]), ds(d[4]), ds(d[7]));
        AttributeList measures = new AttributeList();
        put(measures, new DecimalStringAttribute(TagFromName.PixelSpacing), ds(g.spacing(1)), ds(g.spacing(0)));
        put(measures, new DecimalStringAttribute(TagFromName.SliceThickness), ds(g.spacing(2)));
        AttributeList shared = new AttributeList();
        shared.put(wrap(TagFromName.PlaneOrientationSequence, orientation));
        shared.put(wrap(TagFromName.PixelMeasuresSequence, measures));
        return wrap(TagFromName.SharedFunctionalGroupsSequence, shared);
    }

    private static AttributeList frameGroup(Geometry g, DicomSeries source, int segment, int k) throws DicomException {
        double[] p = g.indexToPhysical(0, 0, k);
        AttributeList position = new AttributeList();
        put(position, new DecimalStringAttribute(TagFromName.ImagePositionPatient), ds(p[0]), ds(p[1]), ds(p[2]));
        AttributeList id = new AttributeList();
        put(id, new UnsignedShortAttribute(TagFromName.ReferencedSegmentNumber), Integer.toString(segment));
        AttributeList content = new AttributeList();
        UnsignedLongAttribute indexValues = new UnsignedLongAttribute(TagFromName.DimensionIndexValues);
        indexValues.addValue(segment);
        indexValues.addValue(k + 1);
        content.put(indexValues);
        AttributeList derivation = new AttributeList();
        derivation.put(wrap(TagFromName.SourceImageSequence, sopReference(source.sopClassUid(), source.sopInstanceUids().get(k))));
        AttributeList group = new AttributeList();
        group.put(wrap(TagFromName.FrameContentSequence, content));
        group.put(wrap(TagFromName.PlanePositionSequence, position));
        group.put(wrap(TagFromName.SegmentIdentificationSequence, id));
        group.put(wrap(TagFromName.DerivationImageSequence, derivation));
        return group;
    }

    /** Decimal String value: at most 16 characters. */
    private static String ds(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.length() <= 16 ? s : String.format(Locale.ROOT, "%.8g", v);
    }

    /** A UID under the UUID-derived root 2.25 (ISO/IEC 9834-8), unique without a registered organisation root. */
    static String newUid() {
        UUID u = UUID.randomUUID();
        BigInteger value = new BigInteger(1, java.nio.ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
        return "2.25." + value;
    }
}
