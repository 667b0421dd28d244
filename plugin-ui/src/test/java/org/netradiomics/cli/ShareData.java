package org.netradiomics.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Paths into ../shared/data for the plugin-ui tests: a test whose data is missing is skipped on a developer's machine
 * and fails under CI (environment variable CI set to anything but "false"), where the data must exist.
 */
public final class ShareData {
    private ShareData() {}

    /** True when running under CI. */
    public static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** The shared data folder (../shared/data, or ../../shared/data from a module folder). */
    public static Path root() {
        Path root = Paths.get("..", "shared", "data");
        if (!Files.isDirectory(root)) {
            root = Paths.get("..", "..", "shared", "data");
        }
        if (!Files.isDirectory(root)) {
            missing("reference data folder ../shared/data (looked at " + root.toAbsolutePath().normalize() + ")");
        }
        return root.toAbsolutePath().normalize();
    }

    /** A file or folder under the shared data folder; skipped (fails under CI) when it does not exist. */
    public static Path resolve(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            missing("shared data " + relative + " (" + p + ")");
        }
        return p;
    }

    /** Fails under CI, otherwise skips the test: {@code what} is missing. */
    public static void missing(String what) {
        missing(what, underCi());
    }

    /** Fails when {@code ci}, otherwise skips the test: {@code what} is missing. */
    static void missing(String what, boolean ci) {
        if (ci) {
            throw new IllegalStateException(what + " not found; CI must have it");
        }
        Assumptions.abort(what + " not found (skipped outside CI)");
    }
}
