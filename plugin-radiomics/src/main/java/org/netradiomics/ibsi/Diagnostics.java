package org.netradiomics.ibsi;

import org.netradiomics.features.FeatureTable;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** IBSI-1 diagnostic tags (manual chapter 5): image and mask dimensions, voxel counts and intensities per stage. */
final class Diagnostics {
    private static final String[] AXES = {"x", "y", "z"};

    private Diagnostics() {
    }

    /** img_dim_*, vox_dim_*, mean/min/max_int for stage {@code init_img} or {@code interp_img}. */
    static void image(FeatureTable t, String stage, Volume image) {
        Geometry g = image.geometry();
        for (int a = 0; a < 3; a++) {
            t.put("img_dim_" + AXES[a] + "_" + stage, g.size(a));
            t.put("vox_dim_" + AXES[a] + "_" + stage, g.spacing(a));
        }
        double[] s = stats(image, null);
        t.put("mean_int_" + stage, s[0]);
        t.put("min_int_" + stage, s[1]);
        t.put("max_int_" + stage, s[2]);
    }

    /** int_mask_dim_*, int/morph_mask_bb_dim_*, vox counts and int-mask mean/min/max for an ROI stage. */
    static void roi(FeatureTable t, String stage, Volume image, Mask intensity, Mask morphological) {
        Geometry g = image.geometry();
        int[] ib = intensity.boundingBox();
        int[] mb = morphological.boundingBox();
        for (int a = 0; a < 3; a++) {
            t.put("int_mask_dim_" + AXES[a] + "_" + stage, g.size(a));
            t.put("int_mask_bb_dim_" + AXES[a] + "_" + stage, ib == null ? 0 : ib[a + 3] - ib[a] + 1);
            t.put("morph_mask_bb_dim_" + AXES[a] + "_" + stage, mb == null ? 0 : mb[a + 3] - mb[a] + 1);
        }
        t.put("int_mask_vox_count_" + stage, intensity.count());
        t.put("morph_mask_vox_count_" + stage, morphological.count());
        double[] s = stats(image, intensity);
        t.put("int_mask_mean_int_" + stage, s[0]);
        t.put("int_mask_min_int_" + stage, s[1]);
        t.put("int_mask_max_int_" + stage, s[2]);
    }

    /** {mean, min, max} over the voxels of {@code mask} (all voxels if null). */
    private static double[] stats(Volume image, Mask mask) {
        float[] v = image.voxels();
        boolean[] in = mask == null ? null : mask.inside();
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        long n = 0;
        for (int i = 0; i < v.length; i++) {
            if (in == null || in[i]) {
                sum += v[i];
                min = Math.min(min, v[i]);
                max = Math.max(max, v[i]);
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN, Double.NaN} : new double[] {sum / n, min, max};
    }
}
