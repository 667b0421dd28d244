package org.netradiomics.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.settings.ParameterFile;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape;

/**
 * The PyRadiomics feature names this engine computes, by feature class ({@code glcm → [Autocorrelation, ...]}).
 * The list is not kept by hand: it is what an extraction of every class (shape2D with force2D) from a small
 * synthetic lesion writes, so it cannot drift from what the extractor produces. Image filters other than
 * {@code Original} are not available, so every name listed is produced under the {@code original_} prefix.
 */
public final class FeatureCatalogue {
    private static volatile Map<String, List<String>> byClass;

    private FeatureCatalogue() {}

    /** Feature class → feature names (PyRadiomics spelling, without prefix), in extraction order. */
    public static Map<String, List<String>> byClass() {
        Map<String, List<String>> c = byClass;
        if (c == null) {
            synchronized (FeatureCatalogue.class) {
                if (byClass == null) {
                    byClass = probe();
                }
                c = byClass;
            }
        }
        return c;
    }

    /** Whether {@code feature} is a feature of {@code featureClass} that this engine computes. */
    public static boolean computes(String featureClass, String feature) {
        List<String> names = byClass().get(featureClass);
        return names != null && names.contains(feature);
    }

    private static Map<String, List<String>> probe() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        collect(out, all(false), lesion(24));
        collect(out, all(true), lesion(1));   // shape2D needs a single-slice ROI
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /** A noisy sphere (or, with one slice, a disc) of radius 7 mm at 90 HU in 40 HU tissue: image and mask. */
    private static Volume[] lesion(int slices) {
        PhantomBuilder.Phantom p = new PhantomBuilder(24, 24, slices, 1, 1, 1).body(40)
                .lesion(Shape.Ellipsoid.sphere(11.5, 11.5, (slices - 1) / 2.0, 7, 90)).noise(15, 3).build();
        return new Volume[] {p.image(), p.lesions().get(0).toVolume()};
    }

    private static Map<String, Object> all(boolean force2D) {
        Map<String, Object> classes = new LinkedHashMap<>();
        for (String c : List.of("firstorder", "shape", "glcm", "glrlm", "glszm", "gldm", "ngtdm")) {
            classes.put(c, null);
        }
        Map<String, Object> setting = new LinkedHashMap<>();
        if (force2D) {
            classes.put("shape2D", null);
            setting.put("force2D", true);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("featureClass", classes);
        root.put("setting", setting);
        return root;
    }

    private static void collect(Map<String, List<String>> out, Map<String, Object> params, Volume[] lesion) {
        RadiomicsExtractor extractor = new RadiomicsExtractor(ParameterFile.parse(params, "feature catalogue"),
                "feature catalogue");
        for (String key : extractor.extract(lesion[0], lesion[1]).keySet()) {
            if (!key.startsWith("original_")) {
                continue;
            }
            String rest = key.substring("original_".length());
            int us = rest.indexOf('_');
            List<String> names = out.computeIfAbsent(rest.substring(0, us), k -> new ArrayList<>());
            String feature = rest.substring(us + 1);
            if (!names.contains(feature)) {
                names.add(feature);
            }
        }
    }
}
