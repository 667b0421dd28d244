package org.netradiomics.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.netradiomics.dicom.DicomFiles;
import org.netradiomics.dicom.DicomSegReader;
import org.netradiomics.dicom.DicomSeriesLoader;
import org.netradiomics.dicom.RtStructReader;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;
import org.netradiomics.volume.io.NrrdReader;
import org.netradiomics.volume.io.SegmentationFile;

import com.pixelmed.dicom.TagFromName;

/**
 * Reads an image or label image named on the command line: a folder is a DICOM CT series (PixelMed; voxel i, j, k =
 * column, row, slice after sorting along the slice normal), a file is NIfTI (.nii / .nii.gz) or NRRD (.nrrd / .nhdr).
 */
final class ImageInput {
    private ImageInput() {}

    /**
     * A mask for an image: a DICOM RT structure set (ROI {@code roi}) rasterised on the image's grid, a DICOM-SEG
     * segment (by label), a 3D Slicer .seg.nrrd segment (by name), or a label image file (NIfTI, NRRD).
     */
    static Volume readMask(String path, String roi, Volume image) {
        Path p = Path.of(path);
        if (Files.isRegularFile(p) && DicomFiles.isDicomFile(p)) {
            String modality = DicomFiles.readHeader(p).string(TagFromName.Modality);
            if (modality.equals("RTSTRUCT")) {
                RtStructReader rs = new RtStructReader(p);
                if (roi == null && rs.roiNames().size() > 1) {
                    throw new InvalidInputException(p.getFileName() + " holds several ROIs " + rs.roiNames()
                            + "; choose one with --roi NAME");
                }
                return rs.mask(roi != null ? roi : rs.roiNames().get(0), image.geometry()).toVolume();
            }
            if (modality.equals("SEG")) {
                DicomSegReader seg = new DicomSegReader(p);
                if (roi == null && seg.segments().size() > 1) {
                    throw new InvalidInputException(p.getFileName() + " holds several segments "
                            + seg.segments().stream().map(DicomSegReader.Segment::label).toList()
                            + "; choose one with --roi LABEL");
                }
                return seg.mask(roi != null ? roi : seg.segments().get(0).label(), image.geometry()).toVolume();
            }
            throw new InvalidInputException(p.getFileName() + " is a DICOM " + modality + " object; a DICOM mask must "
                    + "be an RT structure set or a segmentation (SEG)");
        }
        if (path.endsWith(".seg.nrrd")) {
            SegmentationFile seg = SegmentationFile.read(p);
            if (roi == null && seg.segments().size() > 1) {
                throw new InvalidInputException(p.getFileName() + " holds several segments "
                        + seg.segments().stream().map(SegmentationFile.Segment::name).toList()
                        + "; choose one with --roi NAME");
            }
            return seg.mask(roi != null ? roi : seg.segments().get(0).name()).toVolume();
        }
        if (roi != null) {
            throw new InvalidInputException("--roi applies to RT structure sets and .seg.nrrd segmentations; "
                    + p.getFileName() + " is neither");
        }
        return read(path);
    }

    static Volume read(String path) {
        return read(path, null);
    }

    /** As {@link #read(String)}; {@code seriesUid} picks the series of a DICOM folder holding several (null: the only CT). */
    static Volume read(String path, String seriesUid) {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            return DicomSeriesLoader.load(p, seriesUid);
        }
        if (seriesUid != null) {
            throw new InvalidInputException("--series applies to DICOM folders; " + p.getFileName() + " is a file");
        }
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".nrrd") || name.endsWith(".nhdr")) {
            return NrrdReader.read(p);
        }
        if (name.endsWith(".nii") || name.endsWith(".nii.gz")) {
            return NiftiReader.read(p);
        }
        if (Files.isRegularFile(p) && DicomFiles.isDicomFile(p)) {
            throw new InvalidInputException(p.getFileName() + " is a single DICOM file; give the folder of the series");
        }
        throw new InvalidInputException("cannot tell the format of " + p + " (expected .nii, .nii.gz, .nrrd, .nhdr or a"
                + " DICOM folder)" + (Files.exists(p) ? "" : "; the file does not exist"));
    }
}
