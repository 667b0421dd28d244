package org.netradiomics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.netradiomics.extraction.CsvTable;
import org.netradiomics.extraction.RadiomicsExtractor;
import org.netradiomics.volume.InvalidInputException;

/**
 * {@code batch}: features of many cases listed in a CSV with columns Image and Mask (optional Label; other columns
 * are copied to the output, as PyRadiomics' batch mode does), cases in parallel; a failed case gives a row with an
 * {@code error} message and never stops the batch. Relative paths are read relative to the cases file.
 */
public final class BatchCommand implements Command {
    private static final String USAGE = "usage: netradiomics batch --cases cases.csv [--params params.yaml]"
            + " --out features.csv [--jobs N]\n"
            + "  cases.csv: columns Image, Mask [, Label, ROI, ...]; exit code 1 when any case failed (all rows written)";

    @Override
    public String name() {
        return "batch";
    }

    @Override
    public String summary() {
        return "features of every case in a CSV (Image, Mask), in parallel";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--cases", "--params", "--out", "--jobs");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--cases", "--out");
        int jobs;
        try {
            jobs = Integer.parseInt(o.get("--jobs", Integer.toString(Runtime.getRuntime().availableProcessors())));
        } catch (NumberFormatException e) {
            problem = "--jobs must be a whole number";
            jobs = 1;
        }
        if (problem == null && jobs < 1) {
            problem = "--jobs must be at least 1";
        }
        if (problem != null) {
            err.println("batch: " + problem);
            err.println(USAGE);
            return 2;
        }
        try {
            Path casesFile = Path.of(o.get("--cases"));
            List<Map<String, String>> cases = readCases(casesFile);
            RadiomicsExtractor base = ExtractCommand.extractor(o.get("--params"), null);
            List<Map<String, Object>> rows = runAll(cases, casesFile, o.get("--params"), base, jobs, err);
            CsvTable.write(Path.of(o.get("--out")), rows);
            long failed = rows.stream().filter(r -> r.containsKey("error")).count();
            out.println("wrote " + rows.size() + " rows to " + o.get("--out") + (failed > 0 ? " (" + failed
                    + " failed: see the error column)" : ""));
            return failed > 0 ? 1 : 0;
        } catch (InvalidInputException e) {
            err.println("batch: " + e.getMessage());
            return 1;
        }
    }

    private static List<Map<String, Object>> runAll(List<Map<String, String>> cases, Path casesFile, String params,
            RadiomicsExtractor base, int jobs, PrintStream err) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        AtomicInteger done = new AtomicInteger();
        List<Future<Map<String, Object>>> futures = new ArrayList<>();
        for (Map<String, String> c : cases) {
            futures.add(pool.submit(() -> {
                Map<String, Object> row = runCase(c, casesFile, params, base);
                progress(err, done.incrementAndGet(), cases.size());
                return row;
            }));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (Future<Map<String, Object>> f : futures) {
                rows.add(f.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        err.println();
        return rows;
    }

    private static Map<String, Object> runCase(Map<String, String> c, Path casesFile, String params,
            RadiomicsExtractor base) {
        Map<String, Object> row = new LinkedHashMap<>(c);
        try {
            RadiomicsExtractor extractor = c.containsKey("Label") && !c.get("Label").isBlank()
                    ? ExtractCommand.extractor(params, c.get("Label")) : base;
            var image = ImageInput.read(resolve(casesFile, c.get("Image")).toString());
            String roi = c.getOrDefault("ROI", "");
            row.putAll(extractor.extract(image, ImageInput.readMask(resolve(casesFile, c.get("Mask")).toString(),
                    roi.isBlank() ? null : roi, image)));
        } catch (InvalidInputException e) {
            row.put("error", e.getMessage());
        } catch (NumberFormatException e) {
            row.put("error", "Label '" + c.get("Label") + "' is not a whole number");
        } catch (RuntimeException e) {
            row.put("error", "internal error: " + e);
        }
        return row;
    }

    private static synchronized void progress(PrintStream err, int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " cases");
        err.flush();
    }

    private static Path resolve(Path casesFile, String p) {
        if (p == null || p.isBlank()) {
            throw new InvalidInputException("the case has an empty Image or Mask path");
        }
        Path path = Path.of(p);
        Path dir = casesFile.toAbsolutePath().getParent();
        return path.isAbsolute() || dir == null ? path : dir.resolve(path).normalize();
    }

    static List<Map<String, String>> readCases(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cases file not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read cases file " + file + ": " + e.getMessage());
        }
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) {
            throw new InvalidInputException(file + " is empty; it needs a header with Image and Mask columns");
        }
        String[] header = splitCsv(lines.get(0));
        List<String> cols = List.of(header);
        if (!cols.contains("Image") || !cols.contains("Mask")) {
            throw new InvalidInputException(file + " needs columns named Image and Mask (found " + cols + ")");
        }
        List<Map<String, String>> cases = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = splitCsv(lines.get(i));
            Map<String, String> c = new LinkedHashMap<>();
            for (int k = 0; k < header.length; k++) {
                c.put(header[k], k < cells.length ? cells[k] : "");
            }
            cases.add(c);
        }
        return cases;
    }

    static String[] splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString().strip());
        return out.toArray(String[]::new);
    }
}
