package org.netradiomics.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/** Locates the reference data in {@code ../shared/data} (never copied into the repository). */
public final class SharedData {
    private SharedData() {}

    /**
     * The shared data folder; when it is missing the test fails under CI (environment variable CI set, not "false"),
     * since CI always has it, and is skipped elsewhere.
     */
    public static Path root() {
        String p = System.getProperty("netradiomics.shared.data");
        Path root = p != null ? Paths.get(p) : Paths.get("..", "shared", "data");
        if (!Files.isDirectory(root)) {
            root = Paths.get("..", "..", "shared", "data");
        }
        if (!Files.isDirectory(root)) {
            String where = "reference data folder ../shared/data not found (looked at " + root.toAbsolutePath() + ")";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                throw new IllegalStateException(where + "; CI must have it");
            }
            Assumptions.abort(where + "; skipped outside CI");
        }
        return root.toAbsolutePath().normalize();
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
