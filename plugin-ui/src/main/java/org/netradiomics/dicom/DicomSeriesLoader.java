package org.netradiomics.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;

/**
 * Loads a single-frame CT series from a folder into a HU {@link Volume} on an LPS {@link Geometry}. Slices are sorted
 * by their Image Position (Patient) projected on the slice normal; voxel (i, j, k) = (column, row, sorted slice).
 */
public final class DicomSeriesLoader {
    /** Largest allowed deviation (mm) of slice positions from the slice normal line, and of slice steps from their mean. */
    static final double POSITION_TOLERANCE_MM = 0.05;
    private static final double RELATIVE_STEP_TOLERANCE = 0.01;

    private DicomSeriesLoader() {
    }

    /** The series found under a folder (recursively), largest first. */
    public static List<DicomSeriesInfo> listSeries(Path folder) {
        return groupBySeries(headers(folder)).values().stream()
                .map(h -> new DicomSeriesInfo(h.getFirst().string(TagFromName.SeriesInstanceUID), h.getFirst().string(TagFromName.Modality),
                        h.getFirst().string(TagFromName.SeriesDescription), h.size(), h.getFirst().file()))
                .sorted(Comparator.comparingInt(DicomSeriesInfo::fileCount).reversed())
                .toList();
    }

    /** Loads the only CT series of a folder; fails, listing the candidates, when there are several. */
    public static Volume load(Path folder) {
        return loadSeries(folder, null).volume();
    }

    /** Loads the series with the given Series Instance UID (null: the only CT series). */
    public static Volume load(Path folder, String seriesInstanceUid) {
        return loadSeries(folder, seriesInstanceUid).volume();
    }

    /** Loads a series with its UIDs (needed to reference it from RTSTRUCT / DICOM-SEG); null UID: the only CT series. */
    public static DicomSeries loadSeries(Path folder, String seriesInstanceUid) {
        Map<String, List<DicomFiles.Header>> series = groupBySeries(headers(folder));
        List<DicomFiles.Header> chosen;
        if (seriesInstanceUid == null) {
            List<List<DicomFiles.Header>> ct = series.values().stream()
                    .filter(h -> h.getFirst().string(TagFromName.Modality).equals("CT")).toList();
            if (ct.isEmpty()) {
                throw new InvalidInputException("no CT series in " + folder + "; series found: " + listSeries(folder));
            }
            if (ct.size() > 1) {
                throw new InvalidInputException("folder " + folder + " holds " + ct.size() + " CT series; choose one by Series Instance UID: "
                        + listSeries(folder).stream().filter(s -> s.modality().equals("CT")).map(DicomSeriesInfo::toString)
                                .collect(Collectors.joining("; ")));
            }
            chosen = ct.getFirst();
        } else {
            chosen = series.get(seriesInstanceUid);
            if (chosen == null) {
                throw new InvalidInputException("no series with Series Instance UID " + seriesInstanceUid + " in " + folder
                        + "; series found: " + listSeries(folder));
            }
        }
        return build(chosen);
    }

    private static List<DicomFiles.Header> headers(Path folder) {
        return DicomFiles.findDicomFiles(folder).stream().map(DicomFiles::readHeader).toList();
    }

    private static Map<String, List<DicomFiles.Header>> groupBySeries(List<DicomFiles.Header> headers) {
        Map<String, List<DicomFiles.Header>> bySeries = new LinkedHashMap<>();
        for (DicomFiles.Header h : headers) {
            bySeries.computeIfAbsent(h.string(TagFromName.SeriesInstanceUID), u -> new ArrayList<>()).add(h);
        }
        return bySeries;
    }

    private record Slice(DicomFiles.Header header, double[] position, double distance) {
    }

    private static DicomSeries build(List<DicomFiles.Header> headers) {
        DicomFiles.Header first = headers.getFirst();
        String modality = first.string(TagFromName.Modality);
        if (!modality.equals("CT")) {
            throw new InvalidInputException("series " + first.string(TagFromName.SeriesInstanceUID) + " has modality '" + modality
                    + "', not CT; Hounsfield units and the CT radiomics settings only apply to CT images");
        }
        int frames = first.integer(TagFromName.NumberOfFrames, 1);
        if (frames > 1) {
            throw new InvalidInputException("file " + first.file() + " is a multi-frame (enhanced) CT image with " + frames
                    + " frames; only single-frame CT series are supported: export the series as classic single-frame CT images");
        }
        double[] iop = first.doubles(TagFromName.ImageOrientationPatient);
        double[] pixelSpacing = first.doubles(TagFromName.PixelSpacing);
        int rows = first.integer(TagFromName.Rows, 0);
        int columns = first.integer(TagFromName.Columns, 0);
        if (iop == null || iop.length != 6 || pixelSpacing == null || pixelSpacing.length != 2 || rows < 1 || columns < 1) {
            throw new InvalidInputException("file " + first.file() + " lacks Image Orientation (Patient), Pixel Spacing, Rows or Columns; "
                    + "it cannot be placed in patient space");
        }
        double[] normal = cross(iop, 0, iop, 3);
        List<Slice> slices = new ArrayList<>();
        for (DicomFiles.Header h : headers) {
            if (h.integer(TagFromName.Rows, 0) != rows || h.integer(TagFromName.Columns, 0) != columns) {
                throw new InvalidInputException("file " + h.file() + " is " + h.integer(TagFromName.Columns, 0) + " x " + h.integer(TagFromName.Rows, 0)
                        + " pixels but " + first.file() + " is " + columns + " x " + rows + "; a series must have one image size");
            }
            double[] o = h.doubles(TagFromName.ImageOrientationPatient);
            if (o == null || o.length != 6 || maxDifference(o, iop) > 1e-4) {
                throw new InvalidInputException("file " + h.file() + " has another Image Orientation (Patient) than " + first.file()
                        + "; a series must have one slice orientation");
            }
            if (h.integer(TagFromName.NumberOfFrames, 1) > 1) {
                throw new InvalidInputException("file " + h.file() + " is a multi-frame (enhanced) CT image; only single-frame CT series are supported");
            }
            double[] p = h.doubles(TagFromName.ImagePositionPatient);
            if (p == null || p.length != 3) {
                throw new InvalidInputException("file " + h.file() + " has no Image Position (Patient); the slice cannot be placed");
            }
            slices.add(new Slice(h, p, dot(p, normal)));
        }
        slices.sort(Comparator.comparingDouble(Slice::distance));
        double step = checkPositions(slices, normal);
        Geometry geometry = new Geometry(new int[] {columns, rows, slices.size()},
                new double[] {pixelSpacing[1], pixelSpacing[0], step}, slices.getFirst().position(),
                new double[] {iop[0], iop[3], normal[0], iop[1], iop[4], normal[1], iop[2], iop[5], normal[2]});
        float[] voxels = new float[geometry.voxelCount()];
        List<String> sopUids = new ArrayList<>();
        for (int k = 0; k < slices.size(); k++) {
            Path file = slices.get(k).header().file();
            readHounsfield(DicomFiles.readAll(file), file, voxels, k * rows * columns, rows * columns);
            sopUids.add(slices.get(k).header().string(TagFromName.SOPInstanceUID));
        }
        return new DicomSeries(new Volume(geometry, voxels), first.string(TagFromName.SeriesInstanceUID), first.string(TagFromName.StudyInstanceUID),
                first.string(TagFromName.FrameOfReferenceUID), first.string(TagFromName.SOPClassUID), List.copyOf(sopUids), first);
    }

    /** Checks that sorted slices lie on the normal line with an even step; returns the step (mm). */
    private static double checkPositions(List<Slice> slices, double[] normal) {
        if (slices.size() == 1) {
            double t = slices.getFirst().header().number(TagFromName.SliceThickness, 1.0);
            return t > 0 ? t : 1.0;
        }
        Slice first = slices.getFirst();
        for (Slice s : slices) {
            double along = s.distance() - first.distance();
            double off = 0;
            for (int a = 0; a < 3; a++) {
                double d = s.position()[a] - first.position()[a] - along * normal[a];
                off += d * d;
            }
            if (Math.sqrt(off) > POSITION_TOLERANCE_MM + 1e-3 * Math.abs(along)) {
                throw new InvalidInputException(String.format(java.util.Locale.ROOT,
                        "slice positions are not along the slice normal (gantry tilt or sheared stack): %s is %.2f mm off the line through %s; "
                                + "resample the series to an orthogonal grid first", s.header().file(), Math.sqrt(off), first.header().file()));
            }
        }
        double mean = (slices.getLast().distance() - first.distance()) / (slices.size() - 1);
        for (int k = 1; k < slices.size(); k++) {
            double gap = slices.get(k).distance() - slices.get(k - 1).distance();
            if (gap < POSITION_TOLERANCE_MM) {
                throw new InvalidInputException("files " + slices.get(k - 1).header().file() + " and " + slices.get(k).header().file()
                        + " are at the same slice position; the folder holds duplicate slices or two acquisitions of one series");
            }
            if (Math.abs(gap - mean) > Math.max(POSITION_TOLERANCE_MM, RELATIVE_STEP_TOLERANCE * mean)) {
                throw new InvalidInputException(String.format(java.util.Locale.ROOT,
                        "uneven slice spacing: %.3f mm between slice %d (%s) and slice %d (%s), but %.3f mm on average over %d slices; "
                                + "a slice is missing there or the series mixes spacings", gap, k - 1, slices.get(k - 1).header().file().getFileName(),
                        k, slices.get(k).header().file().getFileName(), mean, slices.size()));
            }
        }
        return mean;
    }

    private static void readHounsfield(AttributeList list, Path file, float[] out, int offset, int count) {
        Attribute pixels = list.getPixelData();
        if (pixels == null) {
            throw new InvalidInputException("DICOM file " + file + " has no pixel data");
        }
        int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 16);
        int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, bitsAllocated);
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        int samples = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1);
        if (samples != 1) {
            throw new InvalidInputException("DICOM file " + file + " has " + samples + " samples per pixel (colour); a CT slice must be greyscale");
        }
        double slope = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleSlope, 1.0);
        double intercept = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleIntercept, 0.0);
        int shift = 32 - bitsStored;
        try {
            if (bitsAllocated == 16) {
                short[] raw = pixels.getShortValues();
                checkLength(raw.length, count, file);
                for (int n = 0; n < count; n++) {
                    int v = raw[n] & 0xFFFF;
                    v = signed ? (v << shift) >> shift : v & ((1 << bitsStored) - 1);
                    out[offset + n] = (float) (v * slope + intercept);
                }
            } else if (bitsAllocated == 8) {
                byte[] raw = pixels.getByteValues();
                checkLength(raw.length, count, file);
                for (int n = 0; n < count; n++) {
                    int v = signed ? raw[n] : raw[n] & 0xFF;
                    out[offset + n] = (float) (v * slope + intercept);
                }
            } else {
                throw new InvalidInputException("DICOM file " + file + " has " + bitsAllocated + " bits allocated per pixel; only 8 and 16 are supported");
            }
        } catch (DicomException e) {
            throw new InvalidInputException("cannot decode the pixel data of " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkLength(int have, int need, Path file) {
        if (have < need) {
            throw new InvalidInputException("DICOM file " + file + " has " + have + " pixel values, fewer than its Rows x Columns = " + need);
        }
    }

    static double[] cross(double[] a, int ia, double[] b, int ib) {
        return new double[] {a[ia + 1] * b[ib + 2] - a[ia + 2] * b[ib + 1], a[ia + 2] * b[ib] - a[ia] * b[ib + 2], a[ia] * b[ib + 1] - a[ia + 1] * b[ib]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double maxDifference(double[] a, double[] b) {
        double m = 0;
        for (int n = 0; n < a.length; n++) {
            m = Math.max(m, Math.abs(a[n] - b[n]));
        }
        return m;
    }
}
