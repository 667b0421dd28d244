package org.netradiomics.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;

/**
 * Reads a DICOM Segmentation (BINARY, or FRACTIONAL thresholded at 0.5 of the maximum fractional value) and places
 * each segment's frames onto a CT grid by their Plane Position (Patient); segments may overlap.
 */
public final class DicomSegReader {
    /** Largest distance (in voxels) of a frame pixel centre from a voxel centre of the target grid. */
    private static final double GRID_TOLERANCE = 0.1;

    /** One segment of the file: its Segment Number and Segment Label. */
    public record Segment(int number, String label) {
    }

    private record Frame(int segment, double[] position, int firstBit) {
    }

    private final Path file;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private final int rows;
    private final int columns;
    private final double[] orientation;
    private final double[] pixelSpacing;
    private final boolean fractional;
    private final double fractionalMaximum;
    private final byte[] pixels;
    private final String referencedSeriesInstanceUid;
    private final String frameOfReferenceUid;

    /** Reads the SEG file: its segments, frame positions and pixel data. */
    public DicomSegReader(Path file) {
        this.file = file;
        AttributeList list = DicomFiles.readAll(file);
        String modality = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality).trim();
        if (!modality.equals("SEG")) {
            throw new InvalidInputException("file " + file + " has modality '" + modality + "', not SEG (a DICOM Segmentation is needed)");
        }
        String type = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SegmentationType).trim();
        fractional = type.equals("FRACTIONAL");
        if (!fractional && !type.equals("BINARY")) {
            throw new InvalidInputException("DICOM-SEG " + file.getFileName() + " has Segmentation Type '" + type + "'; only BINARY and FRACTIONAL are defined");
        }
        fractionalMaximum = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.MaximumFractionalValue, 255);
        for (AttributeList s : RtStructReader.items(list, TagFromName.SegmentSequence)) {
            segments.add(new Segment(Attribute.getSingleIntegerValueOrDefault(s, TagFromName.SegmentNumber, -1),
                    Attribute.getSingleStringValueOrEmptyString(s, TagFromName.SegmentLabel).trim()));
        }
        rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        columns = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        AttributeList shared = single(list, TagFromName.SharedFunctionalGroupsSequence);
        List<AttributeList> perFrame = RtStructReader.items(list, TagFromName.PerFrameFunctionalGroupsSequence);
        double[] sharedOrientation = shared == null ? null : nested(shared, TagFromName.PlaneOrientationSequence, TagFromName.ImageOrientationPatient);
        double[] sharedSpacing = shared == null ? null : nested(shared, TagFromName.PixelMeasuresSequence, TagFromName.PixelSpacing);
        int bitsPerPixel = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 1);
        double[] o = sharedOrientation;
        double[] sp = sharedSpacing;
        for (int f = 0; f < perFrame.size(); f++) {
            AttributeList item = perFrame.get(f);
            double[] position = nested(item, TagFromName.PlanePositionSequence, TagFromName.ImagePositionPatient);
            if (o == null) {
                o = nested(item, TagFromName.PlaneOrientationSequence, TagFromName.ImageOrientationPatient);
            }
            if (sp == null) {
                sp = nested(item, TagFromName.PixelMeasuresSequence, TagFromName.PixelSpacing);
            }
            AttributeList id = single(item, TagFromName.SegmentIdentificationSequence);
            int segment = id == null ? -1 : Attribute.getSingleIntegerValueOrDefault(id, TagFromName.ReferencedSegmentNumber, -1);
            if (position == null || position.length != 3 || segment < 0) {
                throw new InvalidInputException("frame " + (f + 1) + " of DICOM-SEG " + file.getFileName()
                        + " lacks its Plane Position (Patient) or Referenced Segment Number; it cannot be placed");
            }
            frames.add(new Frame(segment, position, f * rows * columns * bitsPerPixel));
        }
        if (o == null || o.length != 6 || sp == null || sp.length != 2 || rows < 1 || columns < 1) {
            throw new InvalidInputException("DICOM-SEG " + file.getFileName() + " lacks Image Orientation, Pixel Spacing, Rows or Columns");
        }
        if (fractional != (bitsPerPixel == 8) || (!fractional && bitsPerPixel != 1)) {
            throw new InvalidInputException("DICOM-SEG " + file.getFileName() + " is " + type + " with " + bitsPerPixel
                    + " bits allocated; BINARY needs 1 bit and FRACTIONAL 8 bits per pixel");
        }
        orientation = o;
        pixelSpacing = sp;
        pixels = pixelBytes(list);
        long neededBits = (long) frames.size() * rows * columns * bitsPerPixel;
        if ((long) pixels.length * 8 < neededBits) {
            throw new InvalidInputException("DICOM-SEG " + file.getFileName() + " has " + pixels.length + " bytes of pixel data, fewer than its "
                    + frames.size() + " frames of " + columns + " x " + rows + " pixels need");
        }
        AttributeList series = single(list, TagFromName.ReferencedSeriesSequence);
        referencedSeriesInstanceUid = series == null ? "" : Attribute.getSingleStringValueOrEmptyString(series, TagFromName.SeriesInstanceUID).trim();
        frameOfReferenceUid = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.FrameOfReferenceUID).trim();
    }

    /** The segments, in the order of the Segment Sequence. */
    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** Series Instance UID of the referenced (source) series ("" if not given). */
    public String referencedSeriesInstanceUid() {
        return referencedSeriesInstanceUid;
    }

    /** Frame of Reference UID of the segmentation. */
    public String frameOfReferenceUid() {
        return frameOfReferenceUid;
    }

    /** The mask of the segment with this label (Segment Label, case-sensitive). */
    public Mask mask(String label, Geometry geometry) {
        for (Segment s : segments) {
            if (s.label().equals(label)) {
                return mask(s.number(), geometry);
            }
        }
        throw new InvalidInputException("DICOM-SEG " + file.getFileName() + " has no segment labelled '" + label + "'; segments: " + segments);
    }

    /** The mask of the segment with this Segment Number, placed on the given image grid. */
    public Mask mask(int segmentNumber, Geometry geometry) {
        if (segments.stream().noneMatch(s -> s.number() == segmentNumber)) {
            throw new InvalidInputException("DICOM-SEG " + file.getFileName() + " has no segment number " + segmentNumber + "; segments: " + segments);
        }
        boolean[] inside = new boolean[geometry.voxelCount()];
        double[] rowDir = {orientation[0], orientation[1], orientation[2]};
        double[] colDir = {orientation[3], orientation[4], orientation[5]};
        for (Frame frame : frames) {
            if (frame.segment() != segmentNumber) {
                continue;
            }
            double[] p = frame.position();
            double[] base = geometry.physicalToIndex(p[0], p[1], p[2]);
            double[] alongRow = step(geometry, p, rowDir, pixelSpacing[1], base);
            double[] alongColumn = step(geometry, p, colDir, pixelSpacing[0], base);
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    if (!isSet(frame.firstBit(), y * columns + x)) {
                        continue;
                    }
                    int[] v = new int[3];
                    for (int a = 0; a < 3; a++) {
                        double c = base[a] + x * alongRow[a] + y * alongColumn[a];
                        v[a] = (int) Math.round(c);
                        if (Math.abs(c - v[a]) > GRID_TOLERANCE) {
                            throw new InvalidInputException(String.format(Locale.ROOT,
                                    "DICOM-SEG %s segment %d: a frame at (%.2f, %.2f, %.2f) mm does not lie on the voxel grid of the image %s; "
                                            + "the segmentation was made on another series or must be resampled",
                                    file.getFileName(), segmentNumber, p[0], p[1], p[2], geometry));
                        }
                    }
                    if (!geometry.contains(v[0], v[1], v[2])) {
                        throw new InvalidInputException(String.format(Locale.ROOT,
                                "DICOM-SEG %s segment %d has voxels outside the image (frame at z = %.2f mm); it does not belong to this series",
                                file.getFileName(), segmentNumber, p[2]));
                    }
                    inside[geometry.index(v[0], v[1], v[2])] = true;
                }
            }
        }
        return new Mask(geometry, inside);
    }

    private boolean isSet(int frameStart, int pixel) {
        if (fractional) {
            int v = pixels[frameStart / 8 + pixel] & 0xFF;
            return v >= 0.5 * fractionalMaximum;
        }
        int bit = frameStart + pixel;
        return (pixels[bit >>> 3] >> (bit & 7) & 1) != 0;
    }

    /** Index-space displacement of one pixel step along a frame axis. */
    private static double[] step(Geometry g, double[] p, double[] dir, double spacing, double[] base) {
        double[] q = g.physicalToIndex(p[0] + dir[0] * spacing, p[1] + dir[1] * spacing, p[2] + dir[2] * spacing);
        return new double[] {q[0] - base[0], q[1] - base[1], q[2] - base[2]};
    }

    private byte[] pixelBytes(AttributeList list) {
        Attribute a = list.getPixelData();
        if (a == null) {
            throw new InvalidInputException("DICOM-SEG " + file.getFileName() + " has no pixel data");
        }
        try {
            if (a instanceof OtherByteAttribute) {
                return a.getByteValues();
            }
            short[] words = a.getShortValues();
            byte[] bytes = new byte[words.length * 2];
            for (int n = 0; n < words.length; n++) {
                bytes[2 * n] = (byte) words[n];
                bytes[2 * n + 1] = (byte) (words[n] >> 8);
            }
            return bytes;
        } catch (DicomException e) {
            throw new InvalidInputException("cannot read the pixel data of DICOM-SEG " + file + ": " + e.getMessage(), e);
        }
    }

    static AttributeList single(AttributeList list, com.pixelmed.dicom.AttributeTag tag) {
        return list.get(tag) instanceof SequenceAttribute s && s.getNumberOfItems() > 0 ? s.getItem(0).getAttributeList() : null;
    }

    private static double[] nested(AttributeList list, com.pixelmed.dicom.AttributeTag sequence, com.pixelmed.dicom.AttributeTag value) {
        AttributeList item = single(list, sequence);
        return item == null ? null : Attribute.getDoubleValues(item, value);
    }
}
