package org.netradiomics.dicom;

import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.netradiomics.volume.Volume;

/**
 * Image reader for the core's image-file registry: a folder holding one CT series, or one slice file of a series
 * (then the whole series of that file, found in the file's folder, is loaded).
 */
public final class DicomImageFileReader {
    /** True for a DICOM Part 10 file, or a folder with a DICOM file directly inside or one level down. */
    public boolean accepts(Path path) {
        if (Files.isRegularFile(path)) {
            return DicomFiles.isDicomFile(path);
        }
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(path, 2)) {
            return walk.anyMatch(DicomFiles::isDicomFile);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Loads the CT series (folder: its only CT series; file: that file's series) as a HU volume. */
    public Volume read(Path path) {
        if (Files.isRegularFile(path)) {
            String uid = DicomFiles.readHeader(path).string(TagFromName.SeriesInstanceUID);
            Path folder = path.toAbsolutePath().getParent();
            return DicomSeriesLoader.load(folder, uid);
        }
        return DicomSeriesLoader.load(path);
    }
}
