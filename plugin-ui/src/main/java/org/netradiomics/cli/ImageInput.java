package org.netradiomics.cli;

import java.nio.file.Path;

import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** Reads an image or label image named on the command line (NIfTI .nii / .nii.gz). */
final class ImageInput {
    private ImageInput() {}

    static Volume read(String path) {
        return NiftiReader.read(Path.of(path));
    }
}
