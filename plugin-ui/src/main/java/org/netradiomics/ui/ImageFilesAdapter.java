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
final class ImageFilesAdapter {
    private ImageFilesAdapter() {}

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
