package org.netradiomics.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;

/**
 * Reads a DICOM RT Structure Set and rasterises a named ROI onto an image grid: each closed planar contour is placed on
 * the slice whose centre plane it lies in, and a voxel belongs to the ROI when its centre is inside the contours of
 * its slice by the even-odd rule (so a contour inside another makes a hole, and separate contours add up), the
 * convention of IBSI and 3D Slicer's voxel-centre rasterisation.
 */
public final class RtStructReader {
    // RT tags that PixelMed's TagFromName dictionary does not name (PS3.6, group 3006)
    private static final AttributeTag STRUCTURE_SET_ROI_SEQUENCE = new AttributeTag(0x3006, 0x0020);
    private static final AttributeTag ROI_NUMBER = new AttributeTag(0x3006, 0x0022);
    private static final AttributeTag ROI_NAME = new AttributeTag(0x3006, 0x0026);
    private static final AttributeTag ROI_CONTOUR_SEQUENCE = new AttributeTag(0x3006, 0x0039);
    private static final AttributeTag CONTOUR_SEQUENCE = new AttributeTag(0x3006, 0x0040);
    private static final AttributeTag CONTOUR_GEOMETRIC_TYPE = new AttributeTag(0x3006, 0x0042);
    private static final AttributeTag REFERENCED_ROI_NUMBER = new AttributeTag(0x3006, 0x0084);
    private final Map<String, List<double[]>> contours;
    private final Path file;

    private RtStructReader(Path file, Map<String, List<double[]>> contours) {
        this.file = file;
        this.contours = contours;
    }

    /** Reads the structure set file. */
    public static RtStructReader read(Path file) {
        AttributeList list = new AttributeList();
        try {
            list.read(file.toString());
        } catch (IOException | DicomException e) {
            throw new InvalidInputException("cannot read RT structure set " + file + ": " + e.getMessage());
        }
        if (!"RTSTRUCT".equals(Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality))) {
            throw new InvalidInputException(file.getFileName() + " is not an RT structure set (modality "
                    + Attribute.getSingleStringValueOrEmptyString(list, TagFromName.Modality) + ")");
        }
        Map<String, String> names = new LinkedHashMap<>();
        SequenceAttribute rois = (SequenceAttribute) list.get(STRUCTURE_SET_ROI_SEQUENCE);
        for (int r = 0; rois != null && r < rois.getNumberOfItems(); r++) {
            AttributeList item = rois.getItem(r).getAttributeList();
            names.put(Attribute.getSingleStringValueOrEmptyString(item, ROI_NUMBER),
                    Attribute.getSingleStringValueOrEmptyString(item, ROI_NAME));
        }
        Map<String, List<double[]>> contours = new LinkedHashMap<>();
        names.values().forEach(n -> contours.put(n, new ArrayList<>()));
        SequenceAttribute roiContours = (SequenceAttribute) list.get(ROI_CONTOUR_SEQUENCE);
        for (int r = 0; roiContours != null && r < roiContours.getNumberOfItems(); r++) {
            AttributeList item = roiContours.getItem(r).getAttributeList();
            String name = names.get(Attribute.getSingleStringValueOrEmptyString(item, REFERENCED_ROI_NUMBER));
            SequenceAttribute cs = (SequenceAttribute) item.get(CONTOUR_SEQUENCE);
            for (int c = 0; name != null && cs != null && c < cs.getNumberOfItems(); c++) {
                AttributeList contour = cs.getItem(c).getAttributeList();
                String type = Attribute.getSingleStringValueOrEmptyString(contour, CONTOUR_GEOMETRIC_TYPE);
                double[] pts = Attribute.getDoubleValues(contour, TagFromName.ContourData);
                if (pts != null && pts.length >= 9 && (type.equals("CLOSED_PLANAR") || type.isEmpty())) {
                    contours.get(name).add(pts);
                }
            }
        }
        if (contours.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " holds no ROI");
        }
        return new RtStructReader(file, contours);
    }

    /** ROI names in file order. */
    public List<String> roiNames() {
        return new ArrayList<>(contours.keySet());
    }

    /** The ROI rasterised on {@code grid}; an unknown name lists the ones present. */
    public Mask mask(String roi, Geometry grid) {
        List<double[]> list = contours.get(roi);
        if (list == null) {
            throw new InvalidInputException("no ROI named '" + roi + "' in " + file.getFileName() + "; ROIs: "
                    + roiNames());
        }
        if (list.isEmpty()) {
            throw new InvalidInputException("ROI '" + roi + "' in " + file.getFileName() + " has no closed contour");
        }
        boolean[] inside = new boolean[grid.voxelCount()];
        for (double[] pts : list) {
            int n = pts.length / 3;
            double[] xi = new double[n];
            double[] yj = new double[n];
            double kSum = 0;
            for (int p = 0; p < n; p++) {
                double[] idx = grid.physicalToIndex(pts[3 * p], pts[3 * p + 1], pts[3 * p + 2]);
                xi[p] = idx[0];
                yj[p] = idx[1];
                kSum += idx[2];
            }
            int k = (int) Math.round(kSum / n);
            if (k < 0 || k >= grid.nz()) {
                continue;
            }
            fill(inside, grid, k, xi, yj);
        }
        Mask m = new Mask(grid, inside);
        if (m.count() == 0) {
            throw new InvalidInputException("ROI '" + roi + "' does not cover any voxel centre of this image: is the "
                    + "structure set for another series?");
        }
        return m;
    }

    /** Toggles the voxels of slice k whose centres lie inside the polygon (even-odd, scan lines through centres). */
    private static void fill(boolean[] inside, Geometry g, int k, double[] x, double[] y) {
        int n = x.length;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        int j0 = Math.max(0, (int) Math.ceil(yMin));
        int j1 = Math.min(g.ny() - 1, (int) Math.floor(yMax));
        double[] cross = new double[n];
        for (int j = j0; j <= j1; j++) {
            int c = 0;
            for (int a = 0, b = n - 1; a < n; b = a++) {
                if ((y[a] > j) != (y[b] > j)) {
                    cross[c++] = x[a] + (j - y[a]) * (x[b] - x[a]) / (y[b] - y[a]);
                }
            }
            java.util.Arrays.sort(cross, 0, c);
            for (int e = 0; e + 1 < c; e += 2) {
                int i0 = Math.max(0, (int) Math.ceil(cross[e]));
                int i1 = Math.min(g.nx() - 1, (int) Math.floor(cross[e + 1]));
                for (int i = i0; i <= i1; i++) {
                    int v = g.index(i, j, k);
                    inside[v] = !inside[v];
                }
            }
        }
    }
}
