package org.netradiomics.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.SequenceItem;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;

/**
 * Reads an RT Structure Set and rasterises a named ROI's closed planar contours onto an image grid: a voxel is inside
 * when its centre is inside the contours of its slice by the even-odd rule (so inner contours cut holes and separate
 * contours add up), the point-in-polygon convention of IBSI and 3D Slicer's planar contour rasterisation.
 */
public final class RtStructReader {
    /** Largest distance (in slices) of a contour plane from a slice centre before the contour is refused. */
    private static final double SLICE_TOLERANCE = 0.25;

    // RT Structure Set attributes (group 3006), named as in DICOM PS3.6
    static final AttributeTag STRUCTURE_SET_ROI_SEQUENCE = new AttributeTag(0x3006, 0x0020);
    static final AttributeTag ROI_NUMBER = new AttributeTag(0x3006, 0x0022);
    static final AttributeTag ROI_NAME = new AttributeTag(0x3006, 0x0026);
    static final AttributeTag ROI_CONTOUR_SEQUENCE = new AttributeTag(0x3006, 0x0039);
    static final AttributeTag REFERENCED_ROI_NUMBER = new AttributeTag(0x3006, 0x0084);
    static final AttributeTag CONTOUR_SEQUENCE = new AttributeTag(0x3006, 0x0040);
    static final AttributeTag CONTOUR_GEOMETRIC_TYPE = new AttributeTag(0x3006, 0x0042);
    static final AttributeTag REFERENCED_FRAME_OF_REFERENCE_SEQUENCE = new AttributeTag(0x3006, 0x0010);

    private final Path file;
    private final String frameOfReferenceUid;
    private final Map<String, List<double[]>> contoursByRoi = new LinkedHashMap<>();

    /** Reads the structure set file (its ROI names and contour points). */
    public RtStructReader(Path file) {
        this.file = file;
        AttributeList list = DicomFiles.readAll(file);
        String modality = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality).trim();
        if (!modality.equals("RTSTRUCT")) {
            throw new InvalidInputException("file " + file + " has modality '" + modality + "', not RTSTRUCT (an RT Structure Set is needed)");
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        for (AttributeList item : items(list, STRUCTURE_SET_ROI_SEQUENCE)) {
            names.put(Attribute.getSingleIntegerValueOrDefault(item, ROI_NUMBER, -1),
                    Attribute.getSingleStringValueOrEmptyString(item, ROI_NAME).trim());
        }
        names.values().forEach(n -> contoursByRoi.put(n, new ArrayList<>()));
        for (AttributeList roi : items(list, ROI_CONTOUR_SEQUENCE)) {
            String name = names.get(Attribute.getSingleIntegerValueOrDefault(roi, REFERENCED_ROI_NUMBER, -1));
            if (name == null) {
                continue;
            }
            for (AttributeList contour : items(roi, CONTOUR_SEQUENCE)) {
                String type = Attribute.getSingleStringValueOrEmptyString(contour, CONTOUR_GEOMETRIC_TYPE).trim();
                double[] points = Attribute.getDoubleValues(contour, TagFromName.ContourData);
                if (type.equals("CLOSED_PLANAR") && points != null && points.length >= 9) {
                    contoursByRoi.get(name).add(points);
                }
            }
        }
        List<AttributeList> frames = items(list, REFERENCED_FRAME_OF_REFERENCE_SEQUENCE);
        this.frameOfReferenceUid = frames.isEmpty() ? "" : Attribute.getSingleStringValueOrEmptyString(frames.getFirst(), TagFromName.FrameOfReferenceUID).trim();
    }

    /** The ROI names, in the order of the Structure Set ROI Sequence. */
    public List<String> roiNames() {
        return List.copyOf(contoursByRoi.keySet());
    }

    /** Frame of Reference UID the contours are defined in ("" if the file does not say). */
    public String frameOfReferenceUid() {
        return frameOfReferenceUid;
    }

    /** Rasterises the closed planar contours of the named ROI onto the image grid. */
    public Mask mask(String roiName, Geometry geometry) {
        List<double[]> contours = contoursByRoi.get(roiName);
        if (contours == null) {
            throw new InvalidInputException("RTSTRUCT " + file.getFileName() + " has no ROI named '" + roiName + "'; ROIs: " + roiNames());
        }
        if (contours.isEmpty()) {
            throw new InvalidInputException("ROI '" + roiName + "' in " + file.getFileName() + " has no closed planar contour to rasterise");
        }
        Map<Integer, List<double[][]>> polygonsBySlice = new LinkedHashMap<>();
        for (double[] points : contours) {
            int n = points.length / 3;
            double[][] polygon = new double[n][];
            double kSum = 0;
            for (int p = 0; p < n; p++) {
                polygon[p] = geometry.physicalToIndex(points[3 * p], points[3 * p + 1], points[3 * p + 2]);
                kSum += polygon[p][2];
            }
            double k = kSum / n;
            int slice = (int) Math.round(k);
            if (Math.abs(k - slice) > SLICE_TOLERANCE || slice < 0 || slice >= geometry.nz()) {
                throw new InvalidInputException(String.format(Locale.ROOT,
                        "a contour of ROI '%s' lies at slice position %.2f of an image with %d slices (z = %.2f mm), not on a slice of the image; "
                                + "the RTSTRUCT does not belong to this CT series (Frame of Reference %s)",
                        roiName, k, geometry.nz(), points[2], frameOfReferenceUid));
            }
            polygonsBySlice.computeIfAbsent(slice, s -> new ArrayList<>()).add(polygon);
        }
        boolean[] inside = new boolean[geometry.voxelCount()];
        polygonsBySlice.forEach((slice, polygons) -> fillEvenOdd(polygons, slice, geometry, inside));
        return new Mask(geometry, inside);
    }

    /** Marks voxel centres of one slice inside an odd number of the polygons (scanline crossing count). */
    static void fillEvenOdd(List<double[][]> polygons, int slice, Geometry geometry, boolean[] inside) {
        double[] crossings = new double[16];
        for (int j = 0; j < geometry.ny(); j++) {
            int count = 0;
            for (double[][] polygon : polygons) {
                for (int p = 0; p < polygon.length; p++) {
                    double[] a = polygon[p];
                    double[] b = polygon[(p + 1) % polygon.length];
                    if ((a[1] <= j && j < b[1]) || (b[1] <= j && j < a[1])) {
                        if (count == crossings.length) {
                            crossings = java.util.Arrays.copyOf(crossings, 2 * count);
                        }
                        crossings[count++] = a[0] + (j - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
                    }
                }
            }
            java.util.Arrays.sort(crossings, 0, count);
            for (int c = 0; c + 1 < count; c += 2) {
                int from = Math.max(0, (int) Math.ceil(crossings[c]));
                int to = Math.min(geometry.nx() - 1, (int) Math.ceil(crossings[c + 1]) - 1);
                for (int i = from; i <= to; i++) {
                    inside[geometry.index(i, j, slice)] = true;
                }
            }
        }
    }

    static List<AttributeList> items(AttributeList list, AttributeTag tag) {
        List<AttributeList> out = new ArrayList<>();
        if (list.get(tag) instanceof SequenceAttribute sequence) {
            for (int n = 0; n < sequence.getNumberOfItems(); n++) {
                SequenceItem item = sequence.getItem(n);
                out.add(item.getAttributeList());
            }
        }
        return out;
    }
}
