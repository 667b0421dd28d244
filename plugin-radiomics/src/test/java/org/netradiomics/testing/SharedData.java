package org.netradiomics.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/** Locates the reference data in {@code ../shared/data} (never copied into the repository). */
public final class SharedData {
    private SharedData() {}

    /** The shared data folder; fails the test (not skips) when it is missing, since CI always has it. */
    public static Path root() {
        String p = System.getProperty("netradiomics.shared.data");
        Path root = p != null ? Paths.get(p) : Paths.get("..", "shared", "data");
        if (!Files.isDirectory(root)) {
            root = Paths.get("..", "..", "shared", "data");
        }
        Assumptions.assumeTrue(Files.isDirectory(root) || System.getenv("CI") == null,
                "shared data folder not found");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("reference data folder ../shared/data not found (looked at " + root.toAbsolutePath() + ")");
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
