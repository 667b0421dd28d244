package org.netradiomics.deep;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.netradiomics.deep.DeepFeatureSettings.CropMode;
import org.netradiomics.deep.DeepFeatureSettings.Interpolation;
import org.netradiomics.deep.DeepFeatureSettings.Normalisation;
import org.netradiomics.deep.DeepFeatureSettings.Pooling;
import org.netradiomics.deep.DeepFeatureSettings.SliceChoice;
import org.netradiomics.volume.InvalidInputException;

/**
 * Reads the machine-readable keys of a package's {@code deepFeatures} block (a JSON object already parsed into maps,
 * lists, strings, numbers and booleans) into {@link DeepFeatureSettings}. Free-text keys of the block are ignored.
 */
final class DeepFeatureJson {
    private static final String PREFIX = "deep-feature settings: ";
    private final Map<?, ?> block;
    private final String source;

    private DeepFeatureJson(Map<?, ?> block, String source) {
        this.block = block;
        this.source = source;
    }

    static DeepFeatureSettings read(Map<?, ?> block, String source) {
        return new DeepFeatureJson(block, source).settings();
    }

    private DeepFeatureSettings settings() {
        SliceChoice slice = choice(text(block, "slice", "max-area-axial"), "slice", SliceChoice.class,
                "max-area-axial", "index");
        int sliceIndex = slice == SliceChoice.INDEX ? integer(block, "sliceIndex", null) : -1;
        Map<?, ?> window = object(block, "window", true);
        double level = number(window, "window.level", "level", null);
        double width = number(window, "window.width", "width", null);
        Map<?, ?> crop = object(block, "crop", false);
        CropMode mode = choice(text(crop, "crop.mode", "mode", "bounding-box"), "crop.mode", CropMode.class,
                "bounding-box", "fixed");
        double cropMm = mode == CropMode.BOUNDING_BOX ? number(crop, "crop.marginMm", "marginMm", 0.0)
                : number(crop, "crop.sideMm", "sideMm", null);
        boolean maskOutside = bool(block, "maskOutside", false);
        int[] size = {224, 224};
        if (block.containsKey("outputSize")) {
            List<?> list = list(block, "outputSize");
            if (list.size() != 2) {
                throw error("outputSize has " + list.size() + " values; give [height, width]");
            }
            for (int a = 0; a < 2; a++) {
                size[a] = wholeNumber(list.get(a), "outputSize[" + a + "]");
            }
        }
        Interpolation interpolation = choice(text(block, "interpolation", "bilinear"), "interpolation",
                Interpolation.class, "bilinear", "nearest", "bicubic");
        int channels = integer(block, "channels", 3);
        Map<?, ?> norm = object(block, "normalisation", false);
        Normalisation normalisation = choice(text(norm, "normalisation.mode", "mode", "none"), "normalisation.mode",
                Normalisation.class, "none", "z-score", "mean-std");
        double[] mean = norm.containsKey("mean") ? numbers(list(norm, "mean"), "normalisation.mean") : null;
        double[] std = norm.containsKey("std") ? numbers(list(norm, "std"), "normalisation.std") : null;
        String inputName = text(block, "inputName", "input");
        String outputName = text(block, "outputName", "features");
        String prefix = text(block, "columnPrefix", "deep_feature");
        int count = integer(block, "featureCount", null);
        Pooling pooling = choice(text(block, "pooling", "none"), "pooling", Pooling.class, "none", "global-average",
                "global-max");
        try {
            return new DeepFeatureSettings(slice, sliceIndex, level, width, mode, cropMm, maskOutside, size[0], size[1],
                    interpolation, channels, normalisation, mean, std, inputName, outputName, prefix, count, pooling);
        } catch (InvalidInputException e) {
            String m = e.getMessage();
            throw error(m.startsWith(PREFIX) ? m.substring(PREFIX.length()) : m);
        }
    }

    /** The enum constant spelled {@code value} (lower case, hyphens), listing the valid spellings otherwise. */
    private <E extends Enum<E>> E choice(String value, String field, Class<E> type, String... spellings) {
        for (String s : spellings) {
            if (s.equals(value)) {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
        }
        throw error(field + " is '" + value + "'; use " + String.join(", ", spellings));
    }

    private Map<?, ?> object(Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                throw error(key + " is missing; it is required (e.g. \"" + key + "\": {\"level\": 50, \"width\": 350})");
            }
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> map)) {
            throw error(key + " is " + describe(v) + ", not an object");
        }
        return map;
    }

    private List<?> list(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof List<?> l)) {
            throw error(key + " is " + describe(v) + ", not an array");
        }
        return l;
    }

    private String text(Map<?, ?> m, String key, String dflt) {
        return text(m, key, key, dflt);
    }

    private String text(Map<?, ?> m, String field, String key, String dflt) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof String s)) {
            throw error(field + " is " + describe(v) + ", not a text");
        }
        return s;
    }

    private boolean bool(Map<?, ?> m, String key, boolean dflt) {
        Object v = m.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Boolean b)) {
            throw error(key + " is " + describe(v) + "; use true or false");
        }
        return b;
    }

    private double number(Map<?, ?> m, String field, String key, Double dflt) {
        Object v = m.get(key);
        if (v == null) {
            if (dflt == null) {
                throw error(field + " is missing; it is required");
            }
            return dflt;
        }
        if (!(v instanceof Number n)) {
            throw error(field + " is " + describe(v) + ", not a number");
        }
        return n.doubleValue();
    }

    private int integer(Map<?, ?> m, String key, Integer dflt) {
        Object v = m.get(key);
        if (v == null) {
            if (dflt == null) {
                throw error(key + " is missing; it is required");
            }
            return dflt;
        }
        return wholeNumber(v, key);
    }

    private int wholeNumber(Object v, String field) {
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
            throw error(field + " is " + describe(v) + ", not a whole number");
        }
        return n.intValue();
    }

    private double[] numbers(List<?> l, String field) {
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(l.get(i) instanceof Number n)) {
                throw error(field + "[" + i + "] is " + describe(l.get(i)) + ", not a number");
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    private static String describe(Object v) {
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }

    private InvalidInputException error(String message) {
        return new InvalidInputException(source + ": " + message);
    }
}
