package org.netradiomics.volume.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files beside an output, which writers fill and then move onto the output so that a failure never leaves a
 * half-written file. On POSIX file systems they are created readable by everyone (rw-r--r--, what a plain write
 * gives under the usual umask), not owner-only as {@link Files#createTempFile} makes them, so that an exported mask or
 * table can be read by colleagues and viewers.
 */
public final class TemporaryFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private TemporaryFiles() {}

    /** A new empty temporary file in {@code dir} whose name ends with {@code suffix}. */
    public static Path beside(Path dir, String suffix) throws IOException {
        return POSIX ? Files.createTempFile(dir, ".netradiomics-", suffix,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")))
                : Files.createTempFile(dir, ".netradiomics-", suffix);
    }
}
