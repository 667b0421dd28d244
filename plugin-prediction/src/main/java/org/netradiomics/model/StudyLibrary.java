package org.netradiomics.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.volume.InvalidInputException;

/**
 * The {@link PredictionService} over the five studies bundled as packages (resources
 * {@code org/netradiomics/model/studies/*.json}) plus packages added from files.
 */
public final class StudyLibrary implements PredictionService {
    /** Ids of the bundled packages. */
    public static final List<String> BUNDLED = List.of("talent-radiomics", "talent-combined", "raise", "lnm-rdps",
            "lnm-nomogram", "surufatinib", "gnen");
    private final Map<String, ModelPackage> packages = new LinkedHashMap<>();

    /** The library with the bundled studies. */
    public StudyLibrary() {
        for (String id : BUNDLED) {
            try (InputStream in = StudyLibrary.class.getResourceAsStream("studies/" + id + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("bundled package missing: " + id);
                }
                add(ModelPackageJson.read(in, id + ".json"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Adds (or replaces) a package, e.g. one trained or calibrated on site. */
    public void add(ModelPackage p) {
        packages.put(p.id(), p);
    }

    @Override
    public List<ModelPackage> studies() {
        return new ArrayList<>(packages.values());
    }

    @Override
    public ModelPackage study(String id) {
        ModelPackage p = packages.get(id);
        if (p == null) {
            throw new InvalidInputException("no model '" + id + "'; available: " + packages.keySet());
        }
        return p;
    }

    /** Largest 3D diameter (mm) of each lesion, as the shape class names it. */
    public static final String LESION_DIAMETER = "original_shape_Maximum3DDiameter";

    @Override
    public Prediction predict(String id, List<Map<String, Double>> lesionFeatures, Map<String, Double> clinical,
            PredictionContext context) {
        ModelPackage p = study(id);
        Map<String, Double> values = new LinkedHashMap<>(clinical);
        values.putAll(aggregate(p, lesionFeatures));
        if (Double.isNaN(context.smallestLesionMm())) {
            double smallest = lesionFeatures.stream().mapToDouble(l -> l.getOrDefault(LESION_DIAMETER, Double.NaN))
                    .filter(d -> d > 0).min().orElse(Double.NaN);
            context = context.withSmallestLesionMm(smallest);
        }
        return Predictor.predict(p, values, this::study, context);
    }

    /**
     * Patient-level feature values from the lesions, as the package's aggregation says: median or mean per feature,
     * the one lesion's values (none), or the one row of the pooled region (pooled).
     */
    static Map<String, Double> aggregate(ModelPackage p, List<Map<String, Double>> lesions) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (lesions.isEmpty()) {
            return out;
        }
        if (lesions.size() > 1 && p.aggregation().equals("none")) {
            throw new InvalidInputException("model '" + p.id() + "' takes one lesion per patient, got " + lesions.size());
        }
        if (lesions.size() > 1 && p.aggregation().equals("pooled")) {
            throw new InvalidInputException("model '" + p.id() + "' takes the features of all lesions pooled into one "
                    + "region, got " + lesions.size() + " lesion rows; extract the features from the union of the "
                    + "lesion masks and pass that one row");
        }
        for (String name : lesions.get(0).keySet()) {
            double[] v = lesions.stream().mapToDouble(l -> l.getOrDefault(name, Double.NaN)).toArray();
            if (Arrays.stream(v).anyMatch(Double::isNaN)) {
                throw new InvalidInputException("feature '" + name + "' is missing for some lesions");
            }
            Arrays.sort(v);
            double agg = p.aggregation().equals("mean") ? Arrays.stream(v).average().orElse(Double.NaN)
                    : v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
            out.put(name, agg);
        }
        return out;
    }
}
