package org.netradiomics.dicom;

import java.util.List;
import org.netradiomics.volume.Volume;

/**
 * A loaded CT series: the HU volume plus the identifiers needed to reference it (RTSTRUCT, DICOM-SEG).
 * {@code sopInstanceUids.get(k)} is the SOP Instance UID of slice k of the volume (after sorting along the normal).
 */
public record DicomSeries(Volume volume, String seriesInstanceUid, String studyInstanceUid, String frameOfReferenceUid,
                          String sopClassUid, List<String> sopInstanceUids, DicomFiles.Header firstHeader) {
}
