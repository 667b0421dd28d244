package org.netradiomics.features.texture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.netradiomics.features.FeatureTable;

/**
 * PyRadiomics' handling of angle matrices for GLCM and GLRLM: one matrix per angle, empty angles dropped, features
 * averaged over the rest ignoring NaN ({@code nanmean}); or, with a {@code weightingNorm}, the features of the single
 * weighted sum of the angle matrices.
 */
public final class PyRadiomicsAngleAggregation {
    private PyRadiomicsAngleAggregation() {}

    /** Counts a matrix for one angle. */
    @FunctionalInterface
    public interface AngleMatrix {
        /** The matrix of {@code angle} (a new array of the family's length). */
        double[] of(Offset angle);
    }

    /**
     * Features named {@code names} of the angle matrices: {@code weight} gives each angle's weight when
     * {@code weighting} is not NONE, {@code features} the values of one matrix in {@code names} order.
     */
    public static FeatureTable features(List<Offset> angles, AngleMatrix matrix, AngleWeighting weighting,
            ToDoubleFunction<Offset> weight, Function<double[], double[]> features, List<String> names) {
        List<double[]> matrices = new ArrayList<>();
        double[] weighted = null;
        for (Offset angle : angles) {
            double[] m = matrix.of(angle);
            if (weighting != AngleWeighting.NONE) {
                if (weighted == null) {
                    weighted = new double[m.length];
                }
                double w = weight.applyAsDouble(angle);
                for (int x = 0; x < m.length; x++) {
                    weighted[x] += w * m[x];
                }
            } else {
                matrices.add(m);
            }
        }
        if (weighted != null) {
            matrices = List.of(weighted);
        }
        double[] sum = new double[names.size()];
        int[] count = new int[names.size()];
        for (double[] m : matrices) {
            if (DirectionalAggregation.isEmpty(m)) {
                continue; // PyRadiomics deletes empty angles
            }
            double[] v = features.apply(m);
            for (int f = 0; f < v.length; f++) {
                if (!Double.isNaN(v[f])) {
                    sum[f] += v[f];
                    count[f]++;
                }
            }
        }
        FeatureTable t = new FeatureTable();
        for (int f = 0; f < sum.length; f++) {
            t.put(names.get(f), count[f] == 0 ? Double.NaN : sum[f] / count[f]);
        }
        return t;
    }
}
