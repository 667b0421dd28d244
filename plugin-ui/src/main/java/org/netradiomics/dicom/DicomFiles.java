package org.netradiomics.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netradiomics.volume.InvalidInputException;

/** Finding and reading DICOM files with PixelMed, turning library failures into actionable messages. */
public final class DicomFiles {
    private DicomFiles() {
    }

    /** The attributes of one file read up to (not including) its pixel data. */
    public record Header(Path file, AttributeList attributes) {
        public String string(AttributeTag tag) {
            return Attribute.getSingleStringValueOrEmptyString(attributes, tag).trim();
        }

        public double[] doubles(AttributeTag tag) {
            return Attribute.getDoubleValues(attributes, tag);
        }

        public int integer(AttributeTag tag, int fallback) {
            return Attribute.getSingleIntegerValueOrDefault(attributes, tag, fallback);
        }

        public double number(AttributeTag tag, double fallback) {
            return Attribute.getSingleDoubleValueOrDefault(attributes, tag, fallback);
        }
    }

    /** True if the file carries the DICOM Part 10 signature "DICM" after its 128-byte preamble. */
    public static boolean isDicomFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(132);
            return head.length == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M';
        } catch (IOException e) {
            return false;
        }
    }

    /** All DICOM files under a file or folder (recursively), sorted by path; fails if there are none. */
    public static List<Path> findDicomFiles(Path folder) {
        if (!Files.exists(folder)) {
            throw new InvalidInputException("DICOM folder " + folder + " does not exist");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(folder)) {
            if (isDicomFile(folder)) {
                files.add(folder);
            }
        } else {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(DicomFiles::isDicomFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new InvalidInputException("cannot list the files of folder " + folder + ": " + e.getMessage(), e);
            }
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("no DICOM file (Part 10, 'DICM' signature) found in " + folder);
        }
        return files;
    }

    /** Reads a file's attributes up to its pixel data. */
    public static Header readHeader(Path file) {
        AttributeList list = new AttributeList();
        try {
            list.read(file.toFile(), TagFromName.PixelData);
        } catch (IOException | DicomException | RuntimeException e) {
            throw new InvalidInputException("cannot read DICOM file " + file + ": " + e.getMessage(), e);
        }
        return new Header(file, list);
    }

    /** Reads a whole file, decompressing its pixel data. */
    public static AttributeList readAll(Path file) {
        AttributeList list = new AttributeList();
        try {
            list.read(file.toFile());
        } catch (IOException | DicomException | RuntimeException e) {
            throw new InvalidInputException("cannot read DICOM file " + file + " (is its transfer syntax supported? "
                    + "JPEG 2000 needs jai-imageio-jpeg2000 on the class path): " + e.getMessage(), e);
        }
        return list;
    }
}
