package org.netradiomics.dicom;

import java.nio.file.Path;
import java.util.List;

/** One series found in a folder: its UID, description, modality and files. */
public record DicomSeries(String seriesInstanceUid, String description, String modality, List<Path> files) {

    /** One line for lists shown to the user. */
    public String describe() {
        return modality + " series '" + description + "' (" + files.size() + " file(s), UID " + seriesInstanceUid + ")";
    }
}
