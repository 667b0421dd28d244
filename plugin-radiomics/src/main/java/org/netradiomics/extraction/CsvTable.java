package org.netradiomics.extraction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.netradiomics.volume.InvalidInputException;

/**
 * Rows of named values written as CSV (RFC 4180 quoting, header = union of the rows' columns in first-seen order,
 * numbers in shortest round-trip form). Written to a temporary file and moved into place, so a failure never leaves
 * a half-written table where a previous one was.
 */
public final class CsvTable {
    private CsvTable() {}

    /** Writes {@code rows} to {@code file}. */
    public static void write(Path file, List<Map<String, Object>> rows) {
        Set<String> header = new LinkedHashSet<>();
        for (Map<String, Object> r : rows) {
            header.addAll(r.keySet());
        }
        List<String> cols = new ArrayList<>(header);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path tmp = org.netradiomics.volume.io.TemporaryFiles.beside(dir, ".csv.tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(line(cols));
                for (Map<String, Object> r : rows) {
                    List<String> cells = new ArrayList<>();
                    for (String c : cols) {
                        cells.add(format(r.get(c)));
                    }
                    w.write(line(cells));
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "nan";
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) + ".0" : d.toString();
        }
        return v.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.append('\n').toString();
    }
}
