package org.netradiomics.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;

/**
 * Loads a CT series from a folder (searched recursively) with PixelMed: groups files by Series Instance UID, sorts
 * slices along the slice normal by Image Position (Patient) · normal (not by file name or Instance Number), applies
 * Rescale Slope/Intercept in floating point (HU), and builds the LPS geometry from Image Orientation / Position and
 * Pixel Spacing. Refuses, with the reason: a folder without DICOM, several CT series without a chosen UID, a non-CT
 * series, multi-frame images, mixed orientations or sizes, gantry tilt, and missing or unevenly spaced slices.
 * Voxel (i, j, k) = (column, row, slice index after sorting).
 */
public final class DicomSeriesLoader {
    private DicomSeriesLoader() {}

    /** The series in {@code folder}. */
    public static List<DicomSeries> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("not a folder: " + folder);
        }
        Map<String, List<Path>> files = new LinkedHashMap<>();
        Map<String, String[]> info = new LinkedHashMap<>();
        List<Path> all;
        try (Stream<Path> s = Files.walk(folder)) {
            all = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException("cannot list " + folder + ": " + e.getMessage());
        }
        for (Path f : all) {
            if (!isDicom(f)) {
                continue;
            }
            AttributeList header = header(f);
            String uid = Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SeriesInstanceUID);
            files.computeIfAbsent(uid, k -> new ArrayList<>()).add(f);
            info.putIfAbsent(uid, new String[] {
                Attribute.getSingleStringValueOrEmptyString(header, TagFromName.SeriesDescription),
                Attribute.getSingleStringValueOrEmptyString(header, TagFromName.Modality)});
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("no DICOM file in " + folder + " (looked at " + all.size() + " file(s))");
        }
        List<DicomSeries> out = new ArrayList<>();
        files.forEach((uid, list) -> out.add(new DicomSeries(uid, info.get(uid)[0], info.get(uid)[1], List.copyOf(list))));
        return out;
    }

    /** The only CT series of {@code folder}; with several, an error lists them (choose one with {@link #load(Path, String)}). */
    public static Volume load(Path folder) {
        return load(folder, null);
    }

    /** The series with this UID (or the only CT series when {@code seriesUid} is null). */
    public static Volume load(Path folder, String seriesUid) {
        List<DicomSeries> series = scan(folder);
        DicomSeries chosen;
        if (seriesUid != null) {
            chosen = series.stream().filter(s -> s.seriesInstanceUid().equals(seriesUid)).findFirst().orElseThrow(
                    () -> new InvalidInputException("no series " + seriesUid + " in " + folder + "; found: " + list(series)));
        } else {
            List<DicomSeries> ct = series.stream().filter(s -> s.modality().equals("CT")).toList();
            if (ct.isEmpty()) {
                throw new InvalidInputException("no CT series in " + folder + "; found: " + list(series));
            }
            if (ct.size() > 1) {
                throw new InvalidInputException(folder + " holds " + ct.size() + " CT series; choose one by Series "
                        + "Instance UID: " + list(ct));
            }
            chosen = ct.get(0);
        }
        if (!chosen.modality().equals("CT")) {
            throw new InvalidInputException("series '" + chosen.description() + "' is " + chosen.modality()
                    + ", not CT; radiomics in Hounsfield units needs a CT series");
        }
        return SliceStack.of(chosen.files().stream().map(DicomSeriesLoader::slice).toList()).volume();
    }

    private static String list(List<DicomSeries> series) {
        return String.join("; ", series.stream().map(DicomSeries::describe).toList());
    }

    /** True when the file has the DICM preamble marker. */
    public static boolean isDicom(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] b = in.readNBytes(132);
            return b.length == 132 && b[128] == 'D' && b[129] == 'I' && b[130] == 'C' && b[131] == 'M';
        } catch (IOException e) {
            return false;
        }
    }

    /** The Modality of a DICOM file (header only). */
    public static String modality(Path f) {
        return Attribute.getSingleStringValueOrEmptyString(header(f), TagFromName.Modality);
    }

    static AttributeList header(Path f) {
        AttributeList list = new AttributeList();
        try {
            list.read(f.toString(), TagFromName.PixelData);
        } catch (IOException | DicomException e) {
            throw new InvalidInputException("cannot read DICOM file " + f + ": " + e.getMessage());
        }
        return list;
    }

    static SliceStack.Slice slice(Path f) {
        AttributeList list = new AttributeList();
        try {
            list.read(f.toString());
        } catch (IOException | DicomException e) {
            throw new InvalidInputException("cannot read DICOM file " + f + ": " + e.getMessage());
        }
        int frames = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1);
        if (frames > 1) {
            throw new InvalidInputException(f.getFileName() + " is a multi-frame (enhanced) image with " + frames
                    + " frames; multi-frame CT is not supported yet, export the series as single-frame images");
        }
        double[] pos = Attribute.getDoubleValues(list, TagFromName.ImagePositionPatient);
        double[] ori = Attribute.getDoubleValues(list, TagFromName.ImageOrientationPatient);
        double[] ps = Attribute.getDoubleValues(list, TagFromName.PixelSpacing);
        if (pos == null || pos.length != 3 || ori == null || ori.length != 6 || ps == null || ps.length != 2) {
            throw new InvalidInputException(f.getFileName() + " lacks Image Position, Image Orientation or Pixel "
                    + "Spacing; it cannot be placed in a volume");
        }
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int cols = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        double slope = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleSlope, 1);
        double intercept = Attribute.getSingleDoubleValueOrDefault(list, TagFromName.RescaleIntercept, 0);
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        Attribute pixels = list.getPixelData();
        if (pixels == null) {
            throw new InvalidInputException(f.getFileName() + " has no pixel data");
        }
        float[] hu = new float[rows * cols];
        try {
            short[] v = pixels.getShortValues();
            if (v == null || v.length < hu.length) {
                throw new InvalidInputException(f.getFileName() + ": pixel data could not be decoded (transfer syntax "
                        + Attribute.getSingleStringValueOrEmptyString(list, TagFromName.TransferSyntaxUID) + ")");
            }
            for (int p = 0; p < hu.length; p++) {
                int raw = signed ? v[p] : v[p] & 0xffff;
                hu[p] = (float) (raw * slope + intercept);
            }
        } catch (DicomException e) {
            throw new InvalidInputException(f.getFileName() + ": pixel data could not be decoded: " + e.getMessage());
        }
        return new SliceStack.Slice(f, pos, ori, ps[1], ps[0], rows, cols, hu);
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static Comparator<SliceStack.Slice> byPosition(double[] normal) {
        return Comparator.comparingDouble(s -> s.position()[0] * normal[0] + s.position()[1] * normal[1]
                + s.position()[2] * normal[2]);
    }

    static Geometry geometry(double[] origin, double[] row, double[] col, double[] normal, double sx, double sy,
            double sz, int nx, int ny, int nz) {
        double[] d = {row[0], col[0], normal[0], row[1], col[1], normal[1], row[2], col[2], normal[2]};
        return new Geometry(new int[] {nx, ny, nz}, new double[] {sx, sy, sz}, origin, d);
    }
}
