package org.netradiomics.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/** Paths into ../shared/data for the command tests (skipped without it, except in CI where it must exist). */
final class ShareData {
    private ShareData() {}

    static Path resolve(String relative) {
        Path p = Paths.get("..", "shared", "data").resolve(relative);
        if (!Files.exists(p)) {
            p = Paths.get("..", "..", "shared", "data").resolve(relative);
        }
        Assumptions.assumeTrue(Files.exists(p) || System.getenv("CI") == null, "shared data not found: " + relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared data missing in CI: " + relative);
        }
        return p;
    }
}
