package org.netradiomics.settings;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.netradiomics.features.texture.PyRadiomicsTextureOptions;
import org.netradiomics.preprocess.Interpolation;
import org.netradiomics.preprocess.PyRadiomicsResegmentation;
import org.netradiomics.volume.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a PyRadiomics 3.1 parameter file (YAML or JSON with top-level {@code setting}, {@code imageType},
 * {@code featureClass}, {@code voxelSetting}) into {@link ExtractionSettings}, checking every key against the keys
 * PyRadiomics accepts ({@code radiomics/schemas/paramSchema.yaml}): an unknown key is an error naming it and the
 * closest known key; image filters other than {@code Original} and voxel-based settings are recognised but not
 * available yet, and say so.
 */
public final class ParameterFile {
    private static final Set<String> TOP_LEVEL = Set.of("setting", "imageType", "featureClass", "voxelSetting");
    private static final Set<String> SUPPORTED = Set.of("minimumROIDimensions", "minimumROISize", "geometryTolerance",
            "correctMask", "additionalInfo", "label", "binWidth", "binCount", "normalize", "normalizeScale",
            "removeOutliers", "resampledPixelSpacing", "interpolator", "padDistance", "distances", "force2D",
            "force2Ddimension", "resegmentRange", "resegmentMode", "resegmentShape", "preCrop", "voxelArrayShift",
            "symmetricalGLCM", "gldm_a", "label_channel", "weightingNorm");
    private static final Set<String> FILTER_SETTINGS = Set.of("sigma", "start_level", "level", "wavelet",
            "gradientUseSpacing", "lbp2DRadius", "lbp2DSamples", "lbp2DMethod", "lbp3DLevels", "lbp3DIcosphereRadius",
            "lbp3DIcosphereSubdivision");
    private static final Set<String> CLASSES = Set.of("firstorder", "shape", "shape2D", "glcm", "glrlm", "glszm",
            "gldm", "ngtdm");

    private ParameterFile() {}

    /** Reads and validates {@code file}. */
    public static ExtractionSettings read(Path file) {
        Object root;
        try (Reader r = Files.newBufferedReader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("parameter file not found: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read parameter file " + file + ": " + e.getMessage());
        } catch (YAMLException e) {
            throw new InvalidInputException("parameter file " + file + " is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        return parse(root, file.toString());
    }

    /** Validates an already loaded YAML tree; {@code source} names it in errors. */
    @SuppressWarnings("unchecked")
    public static ExtractionSettings parse(Object root, String source) {
        if (root == null) {
            return ExtractionSettings.defaults();
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new InvalidInputException(source + ": a parameter file is a map with 'setting', 'imageType' and "
                    + "'featureClass' blocks");
        }
        for (Object k : top.keySet()) {
            if (!TOP_LEVEL.contains(String.valueOf(k))) {
                throw unknown(source, "top-level key", String.valueOf(k), TOP_LEVEL);
            }
        }
        Map<String, Object> s = map(top.get("setting"), source, "setting");
        if (top.get("voxelSetting") != null) {
            throw new InvalidInputException(source + ": 'voxelSetting' (voxel-based feature maps) is not available "
                    + "yet; remove the block to extract region features");
        }
        checkImageTypes(map(top.get("imageType"), source, "imageType"), source, top.containsKey("imageType"));
        for (String key : s.keySet()) {
            if (FILTER_SETTINGS.contains(key)) {
                throw new InvalidInputException(source + ": setting '" + key + "' configures an image filter; image "
                        + "filters are not available yet (only imageType Original)");
            }
            if (!SUPPORTED.contains(key)) {
                List<String> known = new ArrayList<>(SUPPORTED);
                known.addAll(FILTER_SETTINGS);
                throw unknown(source, "setting", key, known);
            }
        }
        ExtractionSettings d = ExtractionSettings.defaults();
        SettingValues v = new SettingValues(s, source);
        if (s.get("label_channel") != null && !Integer.valueOf(0).equals(s.get("label_channel"))) {
            throw new InvalidInputException(source + ": setting 'label_channel' applies to multi-channel label "
                    + "images, which are not supported; remove it or use 0");
        }
        boolean force2D = v.bool("force2D", false);
        PyRadiomicsTextureOptions texture = new PyRadiomicsTextureOptions(v.intList("distances", new int[] {1}),
                force2D, v.integer("force2Ddimension", 0, 0, 2), v.bool("symmetricalGLCM", true),
                v.integer("gldm_a", 0, 0, Integer.MAX_VALUE),
                org.netradiomics.features.texture.AngleWeighting.parse(s.get("weightingNorm") == null ? null
                        : String.valueOf(s.get("weightingNorm"))));
        Map<String, List<String>> enabled = featureClasses(top, source, force2D);
        Integer binCount = s.get("binCount") == null ? null : v.integer("binCount", 0, 1, Integer.MAX_VALUE);
        return new ExtractionSettings(v.positive("binWidth", d.binWidth()), binCount,
                v.spacing("resampledPixelSpacing"), v.interpolator("interpolator"),
                v.integer("padDistance", 5, 0, Integer.MAX_VALUE), v.bool("normalize", false),
                v.positive("normalizeScale", 1), v.optionalPositive("removeOutliers"), v.range("resegmentRange"),
                v.resegmentMode("resegmentMode"), v.bool("resegmentShape", false),
                v.integer("label", 1, 1, Integer.MAX_VALUE), v.integer("minimumROIDimensions", 2, 1, 3),
                s.get("minimumROISize") == null ? null : v.integer("minimumROISize", 0, 1, Integer.MAX_VALUE),
                v.optionalPositive("geometryTolerance"), v.bool("correctMask", false), v.bool("additionalInfo", true),
                v.number("voxelArrayShift", 0), texture, v.bool("preCrop", false), enabled);
    }

    private static void checkImageTypes(Map<String, Object> types, String source, boolean present) {
        if (!present) {
            return;
        }
        if (types.isEmpty()) {
            throw new InvalidInputException(source + ": 'imageType' enables no image type; use 'Original: {}'");
        }
        for (Map.Entry<String, Object> e : types.entrySet()) {
            if (!e.getKey().equals("Original")) {
                throw new InvalidInputException(source + ": image type '" + e.getKey() + "' (a filter) is not "
                        + "available yet; only 'Original' is");
            }
            Map<String, Object> custom = map(e.getValue(), source, "imageType Original");
            if (!custom.isEmpty()) {
                throw new InvalidInputException(source + ": per-image-type settings under 'Original' are not "
                        + "supported; move " + custom.keySet() + " to the 'setting' block");
            }
        }
    }

    private static Map<String, List<String>> featureClasses(Map<?, ?> top, String source, boolean force2D) {
        Map<String, List<String>> enabled = new LinkedHashMap<>();
        if (!top.containsKey("featureClass")) {
            for (String c : ExtractionSettings.DEFAULT_CLASSES) {
                enabled.put(c, List.of());
            }
            return enabled;
        }
        Map<String, Object> fc = map(top.get("featureClass"), source, "featureClass");
        for (Map.Entry<String, Object> e : fc.entrySet()) {
            String c = e.getKey();
            if (!CLASSES.contains(c)) {
                throw unknown(source, "feature class", c, CLASSES);
            }
            List<String> names = new ArrayList<>();
            if (e.getValue() instanceof List<?> list) {
                for (Object o : list) {
                    names.add(String.valueOf(o));
                }
            } else if (e.getValue() != null) {
                throw new InvalidInputException(source + ": featureClass '" + c + "' must be null (all features) or "
                        + "a list of feature names, not " + e.getValue());
            }
            enabled.put(c, names);
        }
        if (enabled.containsKey("shape2D") && !force2D) {
            throw new InvalidInputException(source + ": feature class shape2D needs setting 'force2D: true'");
        }
        return enabled;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String source, String what) {
        if (o == null) {
            return new LinkedHashMap<>();
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new InvalidInputException(source + ": '" + what + "' must be a map of keys and values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    static InvalidInputException unknown(String source, String what, String key, java.util.Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = org.netradiomics.math.EditDistance.between(key.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        String hint = best != null && bestDistance <= Math.max(2, key.length() / 3) ? " (did you mean '" + best + "'?)"
                : "";
        return new InvalidInputException(source + ": unknown " + what + " '" + key + "'" + hint);
    }

    /** Typed access to the {@code setting} block with range checks naming the key. */
    private record SettingValues(Map<String, Object> s, String source) {
        boolean bool(String key, boolean dflt) {
            Object o = s.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof Boolean b) {
                return b;
            }
            throw bad(key, o, "true or false");
        }

        double number(String key, double dflt) {
            Object o = s.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof Number n) {
                return n.doubleValue();
            }
            throw bad(key, o, "a number");
        }

        double positive(String key, double dflt) {
            double v = number(key, dflt);
            if (!(v > 0)) {
                throw bad(key, s.get(key), "a number > 0");
            }
            return v;
        }

        Double optionalPositive(String key) {
            return s.get(key) == null ? null : positive(key, 0);
        }

        int integer(String key, int dflt, int min, int max) {
            Object o = s.get(key);
            if (o == null) {
                return dflt;
            }
            if (!(o instanceof Integer i)) {
                throw bad(key, o, "a whole number");
            }
            if (i < min || i > max) {
                throw bad(key, o, "a whole number between " + min + " and " + (max == Integer.MAX_VALUE ? "∞" : max));
            }
            return i;
        }

        int[] intList(String key, int[] dflt) {
            Object o = s.get(key);
            if (o == null) {
                return dflt;
            }
            if (!(o instanceof List<?> list) || list.isEmpty()) {
                throw bad(key, o, "a non-empty list of whole numbers, e.g. [1]");
            }
            int[] out = new int[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(list.get(i) instanceof Integer v) || v < 1) {
                    throw bad(key, o, "a list of whole numbers >= 1");
                }
                out[i] = v;
            }
            return out;
        }

        double[] spacing(String key) {
            Object o = s.get(key);
            if (o == null) {
                return null;
            }
            if (!(o instanceof List<?> list) || list.size() != 3) {
                throw bad(key, o, "three spacings in mm [x, y, z] (0 keeps an axis)");
            }
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                if (!(list.get(i) instanceof Number n) || n.doubleValue() < 0) {
                    throw bad(key, o, "three spacings >= 0 mm");
                }
                out[i] = n.doubleValue();
            }
            if (out[0] == 0 && out[1] == 0 && out[2] == 0) {
                return null;
            }
            return out;
        }

        double[] range(String key) {
            Object o = s.get(key);
            if (o == null) {
                return null;
            }
            if (!(o instanceof List<?> list) || list.isEmpty() || list.size() > 2) {
                throw bad(key, o, "[lower] or [lower, upper]");
            }
            double[] out = new double[list.size()];
            for (int i = 0; i < out.length; i++) {
                if (!(list.get(i) instanceof Number n)) {
                    throw bad(key, o, "numbers");
                }
                out[i] = n.doubleValue();
            }
            if (out.length == 2 && out[1] < out[0]) {
                throw bad(key, o, "[lower, upper] with lower <= upper");
            }
            return out;
        }

        Interpolation interpolator(String key) {
            Object o = s.get(key);
            if (o == null) {
                return Interpolation.BSPLINE;
            }
            String v = String.valueOf(o);
            return switch (v) {
                case "sitkNearestNeighbor", "1" -> Interpolation.NEAREST;
                case "sitkLinear", "2" -> Interpolation.LINEAR;
                case "sitkBSpline", "3" -> Interpolation.BSPLINE;
                default -> throw new InvalidInputException(source + ": interpolator '" + v + "' is not available; use "
                        + "sitkNearestNeighbor, sitkLinear or sitkBSpline");
            };
        }

        PyRadiomicsResegmentation.Mode resegmentMode(String key) {
            Object o = s.get(key);
            if (o == null) {
                return PyRadiomicsResegmentation.Mode.ABSOLUTE;
            }
            return switch (String.valueOf(o)) {
                case "absolute" -> PyRadiomicsResegmentation.Mode.ABSOLUTE;
                case "relative" -> PyRadiomicsResegmentation.Mode.RELATIVE;
                case "sigma" -> PyRadiomicsResegmentation.Mode.SIGMA;
                default -> throw bad(key, o, "absolute, relative or sigma");
            };
        }

        InvalidInputException bad(String key, Object value, String expected) {
            return new InvalidInputException(source + ": setting '" + key + "' is " + value + "; it must be "
                    + expected);
        }
    }
}
