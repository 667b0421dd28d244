package org.netradiomics.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.netradiomics.dicom.DicomSeriesLoader;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/**
 * Reads an image or label image named on the command line: a folder is a DICOM CT series (PixelMed; voxel i, j, k =
 * column, row, slice after sorting along the slice normal), a file is NIfTI (.nii / .nii.gz).
 */
final class ImageInput {
    private ImageInput() {}

    static Volume read(String path) {
        Path p = Path.of(path);
        return Files.isDirectory(p) ? DicomSeriesLoader.load(p) : NiftiReader.read(p);
    }
}
