package org.netradiomics.volume.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.netradiomics.volume.InvalidInputException;

/** The fields ("key: value") and key/value pairs ("key:=value") of a NRRD header, parsed and checked. */
record NrrdHeader(Map<String, String> fields, Map<String, String> keyValues, int dataOffset) {

    static NrrdHeader parse(byte[] bytes, String name) {
        if (bytes.length < 8 || !new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("NRRD")) {
            throw new InvalidInputException(name + " is not a NRRD file (no NRRD magic)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> kv = new LinkedHashMap<>();
        int pos = 0;
        int lineNo = 0;
        while (true) {
            int end = pos;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end >= bytes.length) {
                // a detached header may end without the blank line
                parseLine(new String(bytes, pos, end - pos, java.nio.charset.StandardCharsets.ISO_8859_1), lineNo,
                        fields, kv, name);
                return new NrrdHeader(fields, kv, bytes.length);
            }
            String line = new String(bytes, pos, end - pos, java.nio.charset.StandardCharsets.ISO_8859_1);
            pos = end + 1;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                return new NrrdHeader(fields, kv, pos);
            }
            parseLine(line, lineNo++, fields, kv, name);
        }
    }

    private static void parseLine(String line, int lineNo, Map<String, String> fields, Map<String, String> kv,
            String name) {
        if (lineNo == 0 || line.startsWith("#") || line.isBlank()) {
            return;
        }
        int kvAt = line.indexOf(":=");
        int fAt = line.indexOf(": ");
        if (kvAt >= 0 && (fAt < 0 || kvAt < fAt)) {
            kv.put(line.substring(0, kvAt), line.substring(kvAt + 2));
        } else if (fAt >= 0) {
            fields.put(line.substring(0, fAt).toLowerCase(Locale.ROOT).strip(), line.substring(fAt + 2).strip());
        } else {
            throw new InvalidInputException(name + ": header line '" + line + "' is neither 'field: value' nor "
                    + "'key:=value'");
        }
    }

    String require(String field, String name) {
        String v = fields.get(field);
        if (v == null) {
            throw new InvalidInputException(name + ": NRRD header has no '" + field + "' field");
        }
        return v;
    }

    /** Parses "(x,y,z)" vectors; "none" gives null. */
    static double[] vector(String s, String name) {
        String t = s.strip();
        if (t.equals("none")) {
            return null;
        }
        if (!t.startsWith("(") || !t.endsWith(")")) {
            throw new InvalidInputException(name + ": '" + s + "' is not a vector like (1,0,0)");
        }
        String[] parts = t.substring(1, t.length() - 1).split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(parts[i].strip());
        }
        return v;
    }
}
