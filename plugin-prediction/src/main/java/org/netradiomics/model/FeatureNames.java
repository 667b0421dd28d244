package org.netradiomics.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.netradiomics.extraction.FeatureCatalogue;
import org.netradiomics.volume.InvalidInputException;

/**
 * Checks a package's feature inputs against PyRadiomics naming ({@code <imageType>_<class>_<Feature>}, e.g.
 * {@code original_glcm_Imc1}, {@code wavelet-LLH_glrlm_RunEntropy}) and against the package's own extraction block:
 * <ul>
 * <li>a name in PyRadiomics form must name a class and feature that exist (the engine's {@link FeatureCatalogue});
 *     shape features exist only for the original image;</li>
 * <li>a name that is not in PyRadiomics form but is within two edits of a real one ({@code orginal_glcm_Imc1}) is
 *     taken for a misspelling and refused; other names (deep features, a site's own columns) are external inputs
 *     that the table must supply;</li>
 * <li>when the extraction block names its feature classes or image types, every PyRadiomics-named input must be one
 *     that those settings produce (its class enabled, the feature in the class's list if it has one, its image type
 *     enabled).</li>
 * </ul>
 */
public final class FeatureNames {
    private static final Pattern PYRADIOMICS = Pattern.compile(
            "(original|wavelet[0-9]*-[LH]{1,3}|log-sigma-[0-9]+(?:-[0-9]+)?-mm-[23]D|square|squareroot|logarithm|exponential"
                    + "|gradient|lbp-2D|lbp-3D-(?:m[0-9]+|k))_([A-Za-z0-9]+)_([A-Za-z0-9]+)");
    private static final Map<String, String> IMAGE_TYPE_KEYS = Map.of("original", "Original", "wavelet", "Wavelet",
            "log", "LoG", "square", "Square", "squareroot", "SquareRoot", "logarithm", "Logarithm", "exponential",
            "Exponential", "gradient", "Gradient", "lbp-2D", "LBP2D", "lbp-3D", "LBP3D");

    private FeatureNames() {}

    /** Refuses the package when a feature input is misnamed or not produced by its extraction settings. */
    public static void check(ModelPackage p, String source) {
        for (InputSpec in : p.inputs()) {
            if (in.kind() == InputSpec.Kind.FEATURE) {
                check(in.name(), p.extraction(), source);
            }
        }
    }

    private static void check(String name, Map<String, Object> extraction, String source) {
        Matcher m = PYRADIOMICS.matcher(name);
        if (!m.matches()) {
            String near = nearest(name, 2);
            if (near != null) {
                throw new InvalidInputException(source + ": feature input '" + name + "' is not a PyRadiomics feature "
                        + "name; did you mean '" + near + "'?");
            }
            return;
        }
        String imageType = m.group(1), featureClass = m.group(2), feature = m.group(3);
        if (!FeatureCatalogue.byClass().containsKey(featureClass)) {
            throw new InvalidInputException(source + ": feature input '" + name + "' names feature class '"
                    + featureClass + "'; PyRadiomics classes are " + FeatureCatalogue.byClass().keySet());
        }
        if (!FeatureCatalogue.computes(featureClass, feature)) {
            throw new InvalidInputException(source + ": feature input '" + name + "': class " + featureClass
                    + " has no feature '" + feature + "'" + suggestion(featureClass, feature));
        }
        if (featureClass.startsWith("shape") && !imageType.equals("original")) {
            throw new InvalidInputException(source + ": feature input '" + name + "': shape features exist only as "
                    + "original_" + featureClass + "_" + feature + " (shape does not depend on the image filter)");
        }
        if (extraction.get("featureClass") instanceof Map<?, ?> classes) {
            if (!classes.containsKey(featureClass)) {
                throw new InvalidInputException(source + ": feature input '" + name + "' needs feature class '"
                        + featureClass + "', which the package's extraction settings do not enable (featureClass: "
                        + classes.keySet() + ")");
            }
            if (classes.get(featureClass) instanceof List<?> listed && !listed.isEmpty() && !listed.contains(feature)) {
                throw new InvalidInputException(source + ": feature input '" + name + "': the package's extraction "
                        + "settings enable only " + listed + " of class " + featureClass);
            }
        }
        if (!featureClass.startsWith("shape") && extraction.get("imageType") instanceof Map<?, ?> types) {
            String key = IMAGE_TYPE_KEYS.get(imageType.startsWith("wavelet") ? "wavelet"
                    : imageType.startsWith("log-") ? "log" : imageType.startsWith("lbp-3D") ? "lbp-3D" : imageType);
            if (!types.containsKey(key)) {
                throw new InvalidInputException(source + ": feature input '" + name + "' needs image type '" + key
                        + "', which the package's extraction settings do not enable (imageType: " + types.keySet() + ")");
            }
        }
    }

    private static String suggestion(String featureClass, String feature) {
        String best = FeatureCatalogue.byClass().get(featureClass).stream()
                .min(Comparator.comparingInt(f -> org.netradiomics.math.EditDistance.between(f.toLowerCase(), feature.toLowerCase()))).orElse(null);
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    /** The original_* feature name within {@code maxEdits} edits of {@code name}, or null. */
    private static String nearest(String name, int maxEdits) {
        String best = null;
        int bestD = maxEdits + 1;
        for (Map.Entry<String, List<String>> e : FeatureCatalogue.byClass().entrySet()) {
            for (String f : e.getValue()) {
                String full = "original_" + e.getKey() + "_" + f;
                if (Math.abs(full.length() - name.length()) > maxEdits) {
                    continue;
                }
                int d = org.netradiomics.math.EditDistance.between(full, name);
                if (d < bestD) {
                    bestD = d;
                    best = full;
                }
            }
        }
        return best;
    }
}
