package org.netradiomics.ibsi;

import org.netradiomics.preprocess.Interpolation;

/**
 * One IBSI-1 image-processing configuration (manual chapter 5, "Configurations").
 *
 * @param dataset          dataset name in reference_values.csv (config_A ... config_E, digital_phantom)
 * @param sliceWise        true for 2D (slice-wise) feature computation and in-plane interpolation
 * @param spacing          resampled voxel spacing in mm (x, y, z), or null for no interpolation
 * @param interpolation    image interpolation kernel
 * @param roundIntensities round interpolated intensities to the nearest integer (CT)
 * @param maskInterpolation ROI interpolation kernel (IBSI: linear), thresholded at {@code partialVolume}
 * @param partialVolume    partial-volume threshold of the interpolated mask
 * @param rangeLower       lower re-segmentation bound (NaN = open)
 * @param rangeUpper       upper re-segmentation bound (NaN = open)
 * @param outlierFiltering re-segment to mean ± 3 SD
 * @param texture          discretisation for texture features and the intensity histogram
 * @param ivh              discretisation for the intensity-volume histogram
 */
public record IbsiConfiguration(String dataset, boolean sliceWise, double[] spacing, Interpolation interpolation,
                                boolean roundIntensities, Interpolation maskInterpolation, double partialVolume,
                                double rangeLower, double rangeUpper, boolean outlierFiltering, Discretiser texture,
                                Discretiser ivh) {

    private static final double[] TWO_MM = {2, 2, 2};
    private static final double OPEN = Double.NaN;

    /** CT phantom, 2D, no interpolation, range [-500, 400] HU, FBS 25 HU. */
    public static final IbsiConfiguration A = new IbsiConfiguration("config_A", true, null, null, false, null, 0.5,
            -500, 400, false, new Discretiser.FixedBinSize(25), new Discretiser.None());
    /** CT phantom, 2D, bilinear to 2 x 2 mm, rounded, range [-500, 400] HU, FBN 32. */
    public static final IbsiConfiguration B = new IbsiConfiguration("config_B", true, TWO_MM, Interpolation.LINEAR,
            true, Interpolation.LINEAR, 0.5, -500, 400, false, new Discretiser.FixedBinNumber(32), new Discretiser.None());
    /** CT phantom, 3D, trilinear to 2 mm, rounded, range [-1000, 400] HU, FBS 25 HU; IVH FBS 2.5 HU. */
    public static final IbsiConfiguration C = new IbsiConfiguration("config_C", false, TWO_MM, Interpolation.LINEAR,
            true, Interpolation.LINEAR, 0.5, -1000, 400, false, new Discretiser.FixedBinSize(25),
            new Discretiser.FixedBinSize(2.5));
    /** CT phantom, 3D, trilinear to 2 mm, rounded, outlier filtering 3 SD, FBN 32; IVH undiscretised. */
    public static final IbsiConfiguration D = new IbsiConfiguration("config_D", false, TWO_MM, Interpolation.LINEAR,
            true, Interpolation.LINEAR, 0.5, OPEN, OPEN, true, new Discretiser.FixedBinNumber(32), new Discretiser.None());
    /** CT phantom, 3D, tricubic spline to 2 mm, rounded, range [-1000, 400] HU + 3 SD, FBN 32; IVH FBN 1000. */
    public static final IbsiConfiguration E = new IbsiConfiguration("config_E", false, TWO_MM, Interpolation.BSPLINE,
            true, Interpolation.LINEAR, 0.5, -1000, 400, true, new Discretiser.FixedBinNumber(32),
            new Discretiser.FixedBinNumber(1000));
    /** Digital phantom: 3D, no interpolation or re-segmentation, intensities used as grey levels. */
    public static final IbsiConfiguration DIGITAL_PHANTOM = new IbsiConfiguration("digital_phantom", false, null, null,
            false, null, 0.5, OPEN, OPEN, false, new Discretiser.None(), new Discretiser.None());

    /** True when the image is resampled. */
    public boolean interpolates() {
        return spacing != null;
    }
}
