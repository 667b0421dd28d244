package org.netradiomics.preprocess;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

/** Builds the target grid of an interpolation (IBSI 2.4, "interpolation grid"). */
public final class GridAlignment {
    private GridAlignment() {
    }

    /**
     * IBSI centre-aligned grid: per resampled axis n_new = ceil(n * s / s_new) and the origin shifted by
     * (s (n - 1) - s_new (n_new - 1)) / 2 along the axis so both grid centres coincide. With {@code inPlaneOnly}
     * the third axis is kept (IBSI 2D configurations).
     */
    public static Geometry ibsiCentreAligned(Geometry source, double[] newSpacing, boolean inPlaneOnly) {
        int[] size = source.size();
        double[] spacing = source.spacing();
        double[] shiftIndex = new double[3];
        int axes = inPlaneOnly ? 2 : 3;
        for (int a = 0; a < axes; a++) {
            if (!(newSpacing[a] > 0)) {
                throw new InvalidInputException("resampling spacing must be > 0 mm; got " + newSpacing[a] + " on axis " + a);
            }
            int n = size[a];
            int nNew = (int) Math.ceil(n * spacing[a] / newSpacing[a] - 1e-9);
            shiftIndex[a] = ((n - 1) - (nNew - 1) * newSpacing[a] / spacing[a]) / 2.0;
            size[a] = nNew;
            spacing[a] = newSpacing[a];
        }
        double[] origin = source.indexToPhysical(shiftIndex[0], shiftIndex[1], shiftIndex[2]);
        return source.with(size, spacing, origin);
    }
}
