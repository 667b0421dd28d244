package org.netradiomics.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Feature values by name, in the order they were computed (IBSI tags or PyRadiomics names, as the producer says). */
public final class FeatureTable {
    private final LinkedHashMap<String, Double> values = new LinkedHashMap<>();

    public FeatureTable put(String name, double value) {
        values.put(name, value);
        return this;
    }

    /** Adds every entry of another table, each name prefixed with {@code prefix}. */
    public FeatureTable putAll(String prefix, FeatureTable other) {
        for (Map.Entry<String, Double> e : other.values.entrySet()) {
            values.put(prefix + e.getKey(), e.getValue());
        }
        return this;
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }

    /** The value of a feature, or NaN if absent. */
    public double get(String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
