package org.netradiomics.stats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an R script with {@code Rscript} and parses its output lines {@code name v1 v2 ...} (printed by the
 * {@code out(name, values)} helper prepended to every script). Without Rscript or a needed R package the test is
 * skipped, unless the environment variable CI is set, where it fails (CI installs R). The system property
 * {@code netradiomics.rscript} overrides the executable.
 */
public final class RScript {
    private static final String PRELUDE = """
            out <- function(name, v) cat(name, ifelse(is.na(v), "NaN", sprintf("%%.17g", as.numeric(v))), "\\n")
            for (p in c(%s)) if (!requireNamespace(p, quietly = TRUE)) { cat("MISSING_PACKAGE", p, "\\n"); quit(status = 3) }
            """;

    private RScript() {}

    /** Runs {@code script} after loading {@code packages}; returns the named numeric vectors it printed. */
    public static Map<String, double[]> run(String script, String... packages) {
        Path dir;
        try {
            dir = Files.createTempDirectory("netradiomics-r");
            StringBuilder pk = new StringBuilder();
            StringBuilder lib = new StringBuilder();
            for (String p : packages) {
                pk.append(pk.isEmpty() ? "" : ", ").append('"').append(p).append('"');
                lib.append("suppressMessages(library(").append(p).append("))\n");
            }
            Path file = dir.resolve("script.R");
            Files.writeString(file, PRELUDE.formatted(pk) + lib + script);
            String exe = System.getProperty("netradiomics.rscript", "Rscript");
            ProcessBuilder pb = new ProcessBuilder(exe, "--vanilla", file.toString()).directory(dir.toFile());
            Path errFile = dir.resolve("stderr.txt");
            pb.redirectError(errFile.toFile());
            Process proc;
            try {
                proc = pb.start();
            } catch (IOException e) {
                unavailable("Rscript is not installed (" + e.getMessage() + ")");
                return Map.of();
            }
            proc.getOutputStream().close();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!proc.waitFor(120, TimeUnit.SECONDS)) {
                proc.destroyForcibly();
                Assertions.fail("Rscript timed out");
            }
            String err = Files.readString(errFile);
            deleteQuietly(dir);
            if (proc.exitValue() == 3 && out.contains("MISSING_PACKAGE")) {
                unavailable("R package missing: " + out.strip());
            }
            Assertions.assertEquals(0, proc.exitValue(), () -> "Rscript failed:\n" + err + "\n" + out.substring(0, Math.min(out.length(), 2000)));
            Map<String, double[]> result = new HashMap<>();
            for (String line : out.split("\n")) {
                String[] tok = line.strip().split("\\s+");
                if (tok.length == 0 || tok[0].isEmpty()) {
                    continue;
                }
                double[] v = new double[tok.length - 1];
                for (int i = 1; i < tok.length; i++) {
                    v[i - 1] = Double.parseDouble(tok[i]);
                }
                result.put(tok[0], v);
            }
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    private static void unavailable(String why) {
        if (System.getenv("CI") != null) {
            Assertions.fail(why + " (CI is set: install r-base-core and the r-cran-* packages)");
        }
        Assumptions.abort(why);
    }

    /** An R vector literal {@code c(...)} holding the values to full precision. */
    public static String vector(double[] v) {
        StringBuilder sb = new StringBuilder("c(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.17g", v[i]));
        }
        return sb.append(')').toString();
    }

    /** An R integer vector literal. */
    public static String vector(int[] v) {
        StringBuilder sb = new StringBuilder("c(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ",").append(v[i]);
        }
        return sb.append(')').toString();
    }

    /** Largest relative difference |a − e| / max(|e|, floor) over the arrays, failing on length mismatch. */
    public static double maxRelativeDifference(double[] expected, double[] actual, double floor) {
        Assertions.assertEquals(expected.length, actual.length, "length");
        double m = 0;
        for (int i = 0; i < expected.length; i++) {
            m = Math.max(m, Math.abs(actual[i] - expected[i]) / Math.max(Math.abs(expected[i]), floor));
        }
        return m;
    }

    /** Asserts relative agreement within {@code tol} (absolute below |expected| = 1e-12 … floor) and prints it. */
    public static void assertClose(String what, double[] expected, double[] actual, double tol) {
        double d = maxRelativeDifference(expected, actual, 1e-8);
        System.out.printf(Locale.ROOT, "[R-compare] %-40s max rel diff %.3g%n", what, d);
        Assertions.assertTrue(d <= tol, () -> what + ": max relative difference " + d + " > " + tol
                + "\n expected " + java.util.Arrays.toString(expected) + "\n actual   " + java.util.Arrays.toString(actual));
    }

    /** Scalar form of {@link #assertClose(String, double[], double[], double)}. */
    public static void assertClose(String what, double expected, double actual, double tol) {
        assertClose(what, new double[] {expected}, new double[] {actual}, tol);
    }
}
