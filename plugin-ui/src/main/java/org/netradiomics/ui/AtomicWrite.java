package org.netradiomics.ui;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import org.netradiomics.volume.InvalidInputException;

/**
 * Writes a file through a temporary file in the same folder, then moves it into place, so that a failed or cancelled
 * export never leaves a partial file under the target name. The temporary name keeps the target's name as its end, so
 * that writers that choose the format by extension (.nii.gz, .seg.nrrd, .dcm) write the same format.
 */
public final class AtomicWrite {
    private AtomicWrite() {}

    /** A temporary file beside {@code target} (not yet created) whose name ends with the target's name. */
    public static Path temporaryFor(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create folder " + dir + ": " + e.getMessage());
        }
        return dir.resolve(".part-" + Long.toHexString(System.nanoTime()) + "-" + target.getFileName());
    }

    /** Moves a finished temporary file onto {@code target} (replacing it). */
    public static void commit(Path temporary, Path target) {
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            discard(temporary);
            throw new InvalidInputException("cannot write " + target + ": " + e.getMessage());
        }
    }

    /** Deletes a temporary file (if it exists). */
    public static void discard(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            temporary.toFile().deleteOnExit();
        }
    }

    /** Writes {@code target} with {@code writer} (given the temporary path); on failure nothing is left behind. */
    public static void write(Path target, Consumer<Path> writer) {
        Path tmp = temporaryFor(target);
        try {
            writer.accept(tmp);
        } catch (RuntimeException e) {
            discard(tmp);
            throw e;
        }
        commit(tmp, target);
    }
}
