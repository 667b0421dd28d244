package org.netradiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.testing.SharedData;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** Configurations C-E have no rows in reference_values.csv; check their grids and re-segmentation by hand. */
class IbsiConfigurationsCdeTest {

    @Test
    void threeDimensionalConfigurationsOnTheCtPhantom() {
        Volume raw = NiftiReader.read(SharedData.resolve("ibsi/ct_phantom/nifti/image/phantom.nii.gz"));
        float[] v = raw.voxels().clone();
        for (int i = 0; i < v.length; i++) v[i] = (float) Math.rint(v[i]);
        Volume image = new Volume(raw.geometry(), v);
        Mask mask = Mask.fromLabel(NiftiReader.read(SharedData.resolve("ibsi/ct_phantom/nifti/mask/mask.nii.gz")), 1);
        for (IbsiConfiguration c : new IbsiConfiguration[] {IbsiConfiguration.C, IbsiConfiguration.D, IbsiConfiguration.E}) {
            long t0 = System.nanoTime();
            PreparedRoi p = IbsiRunner.prepare(c, image, mask);
            FeatureTable d = p.diagnostics();
            System.out.printf("%s: prepared in %d ms, %s%n", c.dataset(), (System.nanoTime() - t0) / 1_000_000, d);
            // 2 mm isotropic: ceil(204 * 0.977 / 2) = 100, ceil(201 * 0.977 / 2) = 99, ceil(60 * 3 / 2) = 90
            assertEquals(100, d.get("img_dim_x_interp_img"), c.dataset());
            assertEquals(99, d.get("img_dim_y_interp_img"), c.dataset());
            assertEquals(90, d.get("img_dim_z_interp_img"), c.dataset());
            assertEquals(2, d.get("vox_dim_z_interp_img"), c.dataset());
            // intensities were rounded after interpolation
            double mean = d.get("int_mask_mean_int_reseg_roi");
            assertTrue(Double.isFinite(mean), c.dataset());
            if (!Double.isNaN(c.rangeLower())) {
                assertTrue(d.get("int_mask_min_int_reseg_roi") >= c.rangeLower(), c.dataset());
                assertTrue(d.get("int_mask_max_int_reseg_roi") <= c.rangeUpper(), c.dataset());
            }
            assertTrue(d.get("int_mask_vox_count_reseg_roi") <= d.get("morph_mask_vox_count_reseg_roi"), c.dataset());
            // the ROI volume is preserved by mask interpolation to within a few percent: 125256 voxels x 0.977^2 x 3 mm^3
            double volume = d.get("morph_mask_vox_count_reseg_roi") * 8;
            assertEquals(125256 * 0.977 * 0.977 * 3, volume, 0.03 * 125256 * 0.977 * 0.977 * 3, c.dataset());
        }
    }
}
