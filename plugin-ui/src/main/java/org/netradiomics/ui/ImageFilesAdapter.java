package org.netradiomics.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.netradiomics.dicom.DicomSeriesLoader;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;
import org.netradiomics.volume.io.NrrdReader;

/** Opens what the workbench's Open button selects: a DICOM series folder, a NIfTI file or a NRRD file. */
public final class ImageFilesAdapter {
    private ImageFilesAdapter() {}

    /**
     * The lesions in a mask file for {@code image}: every segment of a .seg.nrrd or DICOM-SEG, every ROI of an RT
     * structure set, every label value of a NIfTI/NRRD label image. A file for another image is refused with the
     * grid difference.
     */
    public static java.util.Map<String, org.netradiomics.volume.Mask> readLesions(Path p, Volume image) {
        java.util.Map<String, org.netradiomics.volume.Mask> out = new java.util.LinkedHashMap<>();
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".seg.nrrd")) {
            org.netradiomics.volume.io.SegmentationFile f = org.netradiomics.volume.io.SegmentationFile.read(p);
            for (var s : f.segments()) {
                out.put(s.name(), onGrid(f.mask(s.name()), image, p));
            }
            return out;
        }
        if (Files.isRegularFile(p) && org.netradiomics.dicom.DicomFiles.isDicomFile(p)) {
            String modality = org.netradiomics.dicom.DicomFiles.readHeader(p).string(
                    com.pixelmed.dicom.TagFromName.Modality);
            if (modality.equals("RTSTRUCT")) {
                org.netradiomics.dicom.RtStructReader rs = new org.netradiomics.dicom.RtStructReader(p);
                for (String roi : rs.roiNames()) {
                    out.put(roi, rs.mask(roi, image.geometry()));
                }
                return out;
            }
            if (modality.equals("SEG")) {
                org.netradiomics.dicom.DicomSegReader seg = new org.netradiomics.dicom.DicomSegReader(p);
                for (var s : seg.segments()) {
                    out.put(s.label(), seg.mask(s.number(), image.geometry()));
                }
                return out;
            }
            throw new InvalidInputException(p.getFileName() + " is a DICOM " + modality + " object, not a mask");
        }
        Volume labels = read(p);
        float[] v = labels.voxels();
        java.util.TreeSet<Integer> values = new java.util.TreeSet<>();
        for (float x : v) {
            if (x != 0) {
                values.add(Math.round(x));
            }
        }
        if (values.isEmpty()) {
            throw new InvalidInputException(p.getFileName() + " has no labelled voxel");
        }
        for (int label : values) {
            out.put("label " + label, onGrid(org.netradiomics.volume.Mask.fromLabel(labels, label), image, p));
        }
        return out;
    }

    private static org.netradiomics.volume.Mask onGrid(org.netradiomics.volume.Mask m, Volume image, Path p) {
        if (!m.geometry().sameGrid(image.geometry(), 1e-4)) {
            throw new InvalidInputException(p.getFileName() + " is a mask for another image: "
                    + m.geometry().describeDifference(image.geometry()) + "; nothing was added");
        }
        return new org.netradiomics.volume.Mask(image.geometry(), m.inside());
    }

    static Volume read(Path p) {
        if (Files.isDirectory(p)) {
            return DicomSeriesLoader.load(p);
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".nrrd") || name.endsWith(".nhdr")) {
            return NrrdReader.read(p);
        }
        if (name.endsWith(".nii") || name.endsWith(".nii.gz")) {
            return NiftiReader.read(p);
        }
        throw new InvalidInputException("cannot open " + p.getFileName() + ": choose a .nii, .nii.gz, .nrrd or .nhdr "
                + "file, or a folder holding a DICOM CT series");
    }
}
