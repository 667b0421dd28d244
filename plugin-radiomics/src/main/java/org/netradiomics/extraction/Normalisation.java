package org.netradiomics.extraction;

import org.netradiomics.volume.Volume;

/**
 * PyRadiomics' image normalisation ({@code normalize}): x' = (x − mean) / SD over the whole image (population SD),
 * times {@code normalizeScale}; with {@code removeOutliers} r, values beyond ± r · SD (after normalisation, before
 * scaling) are clipped.
 */
final class Normalisation {
    private Normalisation() {}

    static Volume apply(Volume image, double scale, Double removeOutliers) {
        float[] x = image.voxels();
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (float v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / x.length);
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double z = sd > 0 ? (x[i] - mean) / sd : 0;
            if (removeOutliers != null) {
                z = Math.max(-removeOutliers, Math.min(removeOutliers, z));
            }
            out[i] = (float) (z * scale);
        }
        return new Volume(image.geometry(), out);
    }
}
