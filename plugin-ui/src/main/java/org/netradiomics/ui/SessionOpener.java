package org.netradiomics.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.netradiomics.dicom.DicomSeries;
import org.netradiomics.dicom.DicomSeriesInfo;
import org.netradiomics.dicom.DicomSeriesLoader;
import org.netradiomics.volume.InvalidInputException;

/**
 * Opens an image for a workbench session: a NIfTI / NRRD file, or a DICOM folder (the session keeps the
 * {@link DicomSeries}, so DICOM-SEG exports reference it). A folder with several CT series asks a {@link SeriesChooser}.
 */
public final class SessionOpener {
    private SessionOpener() {}

    /**
     * A session on {@code image}; {@code seriesUid} (may be null) picks the series of a DICOM folder, otherwise
     * {@code chooser} is asked when the folder holds several CT series. Null when the chooser declined.
     */
    public static WorkbenchSession open(Path image, String seriesUid, SeriesChooser chooser,
            LesionFeatureService service) {
        if (Files.isDirectory(image)) {
            String uid = seriesUid;
            if (uid == null) {
                List<DicomSeriesInfo> ct = DicomSeriesLoader.listSeries(image).stream()
                        .filter(s -> s.modality().equals("CT")).toList();
                if (ct.size() > 1) {
                    uid = chooser.choose(image, ct);
                    if (uid == null) {
                        return null;
                    }
                }
            }
            DicomSeries s = DicomSeriesLoader.loadSeries(image, uid);
            return new WorkbenchSession(s.volume(), image.toString(), service, s);
        }
        if (seriesUid != null) {
            throw new InvalidInputException("--series applies to DICOM folders; " + image.getFileName() + " is a file");
        }
        if (!Files.exists(image)) {
            throw new InvalidInputException("image not found: " + image);
        }
        return new WorkbenchSession(ImageFilesAdapter.read(image), image.toString(), service);
    }
}
