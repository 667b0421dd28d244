package org.netradiomics.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.features.texture.PyRadiomicsTextureOptions;
import org.netradiomics.preprocess.Interpolation;
import org.netradiomics.preprocess.PyRadiomicsResegmentation;

/**
 * The settings of a PyRadiomics-style extraction, as PyRadiomics 3.1 names them in a parameter file's
 * {@code setting} block, with PyRadiomics' defaults ({@link #defaults()}); read with {@link ParameterFile}.
 *
 * @param binWidth              fixed bin width (default 25), used unless {@code binCount} is set
 * @param binCount              fixed bin count, or null
 * @param resampledPixelSpacing resampled voxel spacing x, y, z in mm (0 = keep that axis), or null for none
 * @param interpolator          image interpolator (sitkNearestNeighbor, sitkLinear, sitkBSpline)
 * @param padDistance           voxels of padding around the mask's bounding box when resampling (default 5)
 * @param normalize             z-score the whole image before extraction
 * @param normalizeScale        scale after normalisation (default 1)
 * @param removeOutliers        after normalisation, clip at ± this many SD, or null
 * @param resegmentRange        re-segmentation range {lower} or {lower, upper}, or null
 * @param resegmentMode         how the range is read (absolute, relative, sigma)
 * @param resegmentShape        apply the re-segmentation to the shape (morphological) mask too
 * @param label                 mask label of the region of interest (default 1)
 * @param minimumRoiDimensions  the ROI must extend over at least this many axes (default 2)
 * @param minimumRoiSize        the ROI must hold at least this many voxels, or null
 * @param geometryTolerance     tolerance of the image/mask grid comparison, or null (PyRadiomics' default 1e-16
 *                              relative; we use 1e-4 mm)
 * @param correctMask           resample a mask on a different grid onto the image grid instead of failing
 * @param additionalInfo        write the diagnostics columns
 * @param voxelArrayShift       added to intensities in energy features (default 0)
 * @param texture               distances, force2D, force2Ddimension, symmetricalGLCM, gldm_a
 * @param preCrop               crop before resampling (does not change values; accepted for compatibility)
 * @param enabledFeatures       feature class → enabled feature names (empty list = all of the class)
 */
public record ExtractionSettings(double binWidth, Integer binCount, double[] resampledPixelSpacing,
        Interpolation interpolator, int padDistance, boolean normalize, double normalizeScale, Double removeOutliers,
        double[] resegmentRange, PyRadiomicsResegmentation.Mode resegmentMode, boolean resegmentShape, int label,
        int minimumRoiDimensions, Integer minimumRoiSize, Double geometryTolerance, boolean correctMask,
        boolean additionalInfo, double voxelArrayShift, PyRadiomicsTextureOptions texture, boolean preCrop,
        Map<String, List<String>> enabledFeatures) {

    /** Feature classes PyRadiomics enables when a parameter file names none (shape2D only with force2D). */
    public static final List<String> DEFAULT_CLASSES = List.of("firstorder", "shape", "glcm", "glrlm", "glszm",
            "gldm", "ngtdm");

    /** PyRadiomics 3.1 defaults: bin width 25, no resampling, sitkBSpline, pad 5, label 1, all default classes. */
    public static ExtractionSettings defaults() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String c : DEFAULT_CLASSES) {
            all.put(c, List.of());
        }
        return new ExtractionSettings(25, null, null, Interpolation.BSPLINE, 5, false, 1, null, null,
                PyRadiomicsResegmentation.Mode.ABSOLUTE, false, 1, 2, null, null, false, true, 0,
                PyRadiomicsTextureOptions.defaults(), false, all);
    }

    /** The same settings with another mask label (the {@code --label} option). */
    public ExtractionSettings withLabel(int newLabel) {
        return new ExtractionSettings(binWidth, binCount, resampledPixelSpacing, interpolator, padDistance, normalize,
                normalizeScale, removeOutliers, resegmentRange, resegmentMode, resegmentShape, newLabel,
                minimumRoiDimensions, minimumRoiSize, geometryTolerance, correctMask, additionalInfo, voxelArrayShift,
                texture, preCrop, enabledFeatures);
    }

    /** Whether feature {@code name} of class {@code featureClass} is enabled. */
    public boolean enabled(String featureClass, String name) {
        List<String> names = enabledFeatures.get(featureClass);
        return names != null && (names.isEmpty() || names.contains(name));
    }

    /** Whether any feature of the class is enabled. */
    public boolean classEnabled(String featureClass) {
        return enabledFeatures.containsKey(featureClass);
    }
}
