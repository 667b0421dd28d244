package org.netradiomics.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.volume.InvalidInputException;

/**
 * A cohort table for model development: one row per patient (or lesion), a header of column names, values as text
 * (comma-separated, RFC 4180 quoting). Typed accessors convert a column and name the row and column of any value
 * that does not fit.
 */
public final class CohortTable {
    private final String source;
    private final List<String> columns;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String[]> rows;

    /** A table from columns and rows of text; {@code source} names it in error messages. */
    public CohortTable(String source, List<String> columns, List<String[]> rows) {
        this.source = source;
        this.columns = List.copyOf(columns);
        for (int c = 0; c < columns.size(); c++) {
            if (index.put(columns.get(c), c) != null) {
                throw new InvalidInputException(source + ": column '" + columns.get(c) + "' appears twice in the header");
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != columns.size()) {
                throw new InvalidInputException(source + ": row " + (r + 2) + " has " + rows.get(r).length
                        + " values but the header has " + columns.size() + " columns");
            }
        }
        this.rows = List.copyOf(rows);
    }

    /** Reads a CSV file with a header row. */
    public static CohortTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("cohort table not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read cohort table " + file + ": " + e.getMessage());
        }
        lines.removeIf(String::isBlank);
        if (lines.isEmpty()) {
            throw new InvalidInputException(file + " is empty; a header row and one row per patient are needed");
        }
        List<String> header = Arrays.asList(split(lines.get(0), file, 1));
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(split(lines.get(i), file, i + 1));
        }
        return new CohortTable(file.toString(), header, rows);
    }

    static String[] split(String line, Path file, int lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            throw new InvalidInputException(file + " line " + lineNo + ": a quoted value is not closed");
        }
        out.add(cur.toString().strip());
        return out.toArray(String[]::new);
    }

    /** Writes the table as CSV (quoting values that need it). */
    public void write(Path file) {
        StringBuilder sb = new StringBuilder();
        sb.append(line(columns.toArray(String[]::new)));
        for (String[] r : rows) {
            sb.append(line(r));
        }
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static String line(String[] cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            sb.append(i == 0 ? "" : ",").append(c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"")
                    + "\"" : c);
        }
        return sb.append('\n').toString();
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** Column names in file order. */
    public List<String> columns() {
        return columns;
    }

    /** Whether the table has the column. */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Column names starting with {@code prefix}, in file order. */
    public List<String> columnsStartingWith(String prefix) {
        return columns.stream().filter(c -> c.startsWith(prefix)).toList();
    }

    /** The text of a column. */
    public String[] text(String column) {
        int c = column(column);
        String[] v = new String[rows.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = rows.get(r)[c];
        }
        return v;
    }

    /** A numeric column; an empty, NA or non-numeric value is an error naming its row. */
    public double[] numeric(String column) {
        int c = column(column);
        double[] v = new double[rows.size()];
        for (int r = 0; r < v.length; r++) {
            String s = rows.get(r)[c];
            try {
                v[r] = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                v[r] = Double.NaN;
            }
            if (!Double.isFinite(v[r])) {
                throw new InvalidInputException(source + ": column '" + column + "', row " + (r + 2) + " is '" + s
                        + "', not a number; fill or remove the missing value (nothing is imputed)");
            }
        }
        return v;
    }

    /** A binary column coded 0/1 (also true/false, yes/no); anything else is an error naming its row. */
    public boolean[] binary(String column) {
        int c = column(column);
        boolean[] v = new boolean[rows.size()];
        for (int r = 0; r < v.length; r++) {
            String s = rows.get(r)[c].toLowerCase(java.util.Locale.ROOT);
            v[r] = switch (s) {
                case "1", "1.0", "true", "yes" -> true;
                case "0", "0.0", "false", "no" -> false;
                default -> throw new InvalidInputException(source + ": column '" + column + "', row " + (r + 2)
                        + " is '" + rows.get(r)[c] + "'; a binary outcome must be 0 or 1");
            };
        }
        return v;
    }

    /** Rows as a matrix {@code [row][k]} of the named numeric columns. */
    public double[][] matrix(List<String> names) {
        double[][] m = new double[rows.size()][names.size()];
        for (int k = 0; k < names.size(); k++) {
            double[] col = numeric(names.get(k));
            for (int r = 0; r < col.length; r++) {
                m[r][k] = col[r];
            }
        }
        return m;
    }

    private int column(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new InvalidInputException(source + " has no column '" + name + "' (columns: "
                    + (columns.size() > 12 ? columns.subList(0, 12) + " ..." : columns) + ")");
        }
        return c;
    }
}
