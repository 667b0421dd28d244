package org.netradiomics.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.netradiomics.dicom.DicomSeriesInfo;
import org.netradiomics.volume.InvalidInputException;

/**
 * Picks one series of a DICOM folder that holds several CT series: the window asks the user (a dialog listing
 * description, number of slices and UID), the headless path answers from {@code --series}.
 */
@FunctionalInterface
public interface SeriesChooser {
    /**
     * The Series Instance UID to open among {@code candidates} (two or more CT series of {@code folder}), or null when
     * the user declined (nothing is opened).
     */
    String choose(Path folder, List<DicomSeriesInfo> candidates);

    /**
     * The headless answer: {@code seriesUid} when given (it must be one of the candidates), otherwise an error listing
     * the series to choose from with --series.
     */
    static SeriesChooser fixed(String seriesUid) {
        return (folder, candidates) -> {
            if (seriesUid == null) {
                throw new InvalidInputException("folder " + folder + " holds " + candidates.size() + " CT series; "
                        + "choose one with --series UID: " + candidates.stream().map(SeriesChooser::describe)
                                .collect(Collectors.joining("; ")));
            }
            return seriesUid;
        };
    }

    /** One line for a series: description, number of slices, UID. */
    static String describe(DicomSeriesInfo s) {
        return "\"" + (s.description().isBlank() ? "(no description)" : s.description()) + "\", " + s.fileCount()
                + " slice" + (s.fileCount() == 1 ? "" : "s") + ", UID " + s.seriesInstanceUid();
    }
}
