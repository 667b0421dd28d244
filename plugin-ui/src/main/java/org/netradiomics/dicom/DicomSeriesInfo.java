package org.netradiomics.dicom;

import java.nio.file.Path;

/** One DICOM series found in a folder: what a caller needs to choose it. */
public record DicomSeriesInfo(String seriesInstanceUid, String modality, String description, int fileCount, Path firstFile) {
    @Override
    public String toString() {
        return seriesInstanceUid + " (" + modality + ", \"" + description + "\", " + fileCount + " file" + (fileCount == 1 ? "" : "s") + ")";
    }
}
