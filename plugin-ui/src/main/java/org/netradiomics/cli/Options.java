package org.netradiomics.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Parses {@code --key value} options of a command, rejecting unknown keys and keys without a value. */
final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final String problem;
    private final boolean help;

    private Options(String[] args, Set<String> allowed) {
        String p = null;
        boolean h = false;
        for (int a = 0; a < args.length && p == null; a++) {
            String key = args[a];
            if (key.equals("-h") || key.equals("--help")) {
                h = true;
            } else if (!allowed.contains(key)) {
                p = "unknown option " + key;
            } else if (a + 1 >= args.length) {
                p = "option " + key + " needs a value";
            } else {
                values.put(key, args[++a]);
            }
        }
        this.problem = p;
        this.help = h;
    }

    static Options parse(String[] args, String... allowed) {
        return new Options(args, Set.of(allowed));
    }

    /** The first usage problem, or null. */
    String problem(String... required) {
        if (problem != null) {
            return problem;
        }
        for (String r : required) {
            if (!values.containsKey(r)) {
                return String.join(", ", required) + " are required (missing " + r + ")";
            }
        }
        return null;
    }

    boolean help() {
        return help;
    }

    String get(String key) {
        return values.get(key);
    }

    String get(String key, String dflt) {
        return values.getOrDefault(key, dflt);
    }
}
