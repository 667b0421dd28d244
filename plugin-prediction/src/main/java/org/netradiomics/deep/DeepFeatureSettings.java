package org.netradiomics.deep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.netradiomics.model.ModelPackage;
import org.netradiomics.volume.InvalidInputException;

/**
 * How a lesion's CT slice becomes the input tensor of a user-supplied ONNX feature extractor, and how the network's
 * output becomes named feature columns. Read from a model package's {@code extraction.deepFeatures} block
 * ({@link #fromPackage}); every value is checked on construction and an error names the field and its valid range.
 *
 * <p>The pipeline ({@link SliceCrop}): pick the axial slice (the one where the lesion mask has most voxels, or a given
 * index); map HU through the window {@code [level - width/2, level + width/2]} to 0..1 (clipped); optionally set the
 * pixels outside the mask to 0 (the window's minimum); sample a square crop centred on the lesion's in-slice
 * bounding-box centre onto {@code outputHeight x outputWidth} pixels (bilinear or nearest); replicate the grey values
 * over {@code channels}; normalise. The network's output {@code outputName} is pooled over its spatial axes if asked
 * and must then hold {@code featureCount} values, named {@code columnPrefix0001 ...}.
 *
 * @param slice         which axial slice of the lesion
 * @param sliceIndex    the slice index (k) for {@link SliceChoice#INDEX}; -1 for {@link SliceChoice#MAX_AREA_AXIAL}
 * @param windowLevel   window centre, HU
 * @param windowWidth   window width, HU (&gt; 0)
 * @param crop          how the square crop's side is chosen
 * @param cropMm        the margin added on every side of the bounding box ({@link CropMode#BOUNDING_BOX}, &gt;= 0 mm)
 *                      or the fixed side ({@link CropMode#FIXED}, &gt; 0 mm)
 * @param maskOutside   true: pixels outside the lesion mask are set to 0 (the window's minimum) before resampling
 * @param outputHeight  rows of the network input
 * @param outputWidth   columns of the network input
 * @param interpolation how the crop is sampled onto the output grid
 * @param channels      1, or 3 (the grey values replicated)
 * @param normalisation what is done to the 0..1 windowed values last
 * @param mean          per-channel means for {@link Normalisation#MEAN_STD} (length {@code channels}), else empty
 * @param std           per-channel standard deviations for {@link Normalisation#MEAN_STD} (each &gt; 0), else empty
 * @param inputName     the ONNX graph input the tensor is fed to
 * @param outputName    the ONNX graph output the features are read from
 * @param columnPrefix  feature column prefix ({@code deep_feature} gives {@code deep_feature0001 ...})
 * @param featureCount  number of features (after pooling)
 * @param pooling       pooling of a spatial output {@code [1, C, H, W]} over H x W, or none
 */
public record DeepFeatureSettings(SliceChoice slice, int sliceIndex, double windowLevel, double windowWidth,
        CropMode crop, double cropMm, boolean maskOutside, int outputHeight, int outputWidth,
        Interpolation interpolation, int channels, Normalisation normalisation, double[] mean, double[] std,
        String inputName, String outputName, String columnPrefix, int featureCount, Pooling pooling) {

    /** Which axial slice of the lesion is fed to the network. */
    public enum SliceChoice {
        /** The axial slice (constant k) holding most mask voxels; the lowest k on ties. */
        MAX_AREA_AXIAL,
        /** A given slice index k. */
        INDEX
    }

    /** How the side of the square crop is chosen. */
    public enum CropMode {
        /** The larger side (mm) of the lesion's in-slice bounding box plus the margin on both sides. */
        BOUNDING_BOX,
        /** A fixed side in mm. */
        FIXED
    }

    /** How the crop is sampled onto the output pixels. */
    public enum Interpolation {
        /** Bilinear between the four nearest pixel centres. */
        BILINEAR,
        /** The nearest pixel centre. */
        NEAREST,
        /**
         * Bicubic: Keys' cubic convolution over the 4 x 4 nearest pixel centres with a = -0.5 (the "bicubic" of
         * Matlab's imresize and Pillow; it reproduces polynomials up to degree 2 exactly).
         */
        BICUBIC
    }

    /** The last step on the windowed 0..1 values. */
    public enum Normalisation {
        /** Values stay in 0..1. */
        NONE,
        /** (x - mean) / SD over all pixels of the crop (population SD; a constant crop becomes 0). */
        Z_SCORE,
        /** (x - mean[c]) / std[c] per channel, e.g. ImageNet's. */
        MEAN_STD
    }

    /** Pooling of the network output over its spatial axes. */
    public enum Pooling {
        /** The output already is the feature vector ({@code featureCount} values). */
        NONE,
        /** Mean over H x W of an output {@code [1, featureCount, H, W]}. */
        GLOBAL_AVERAGE,
        /** Maximum over H x W of an output {@code [1, featureCount, H, W]}. */
        GLOBAL_MAX
    }

    /** ImageNet per-channel means (RGB) of the torchvision ResNets. */
    public static final double[] IMAGENET_MEAN = {0.485, 0.456, 0.406};
    /** ImageNet per-channel standard deviations (RGB) of the torchvision ResNets. */
    public static final double[] IMAGENET_STD = {0.229, 0.224, 0.225};

    private static final Pattern COLUMN_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");
    private static final int MAX_PIXELS = 4096;
    private static final int MAX_FEATURES = 1_000_000;

    /** Checks every value; the message names the field and its valid range. */
    public DeepFeatureSettings {
        require(slice != null, "slice is missing; use max-area-axial or index");
        if (slice == SliceChoice.INDEX) {
            require(sliceIndex >= 0, "sliceIndex is " + sliceIndex + "; it must be a slice number >= 0");
        } else {
            require(sliceIndex == -1, "sliceIndex is " + sliceIndex + " but slice is max-area-axial; give no index");
        }
        require(Double.isFinite(windowLevel), "window.level is " + windowLevel + "; it must be a finite number (HU)");
        require(windowWidth > 0 && Double.isFinite(windowWidth),
                "window.width is " + windowWidth + "; it must be a finite number > 0 (HU)");
        require(crop != null, "crop.mode is missing; use bounding-box or fixed");
        if (crop == CropMode.BOUNDING_BOX) {
            require(cropMm >= 0 && cropMm <= 1000, "crop.marginMm is " + cropMm + "; it must be 0 to 1000 mm");
        } else {
            require(cropMm > 0 && cropMm <= 2000, "crop.sideMm is " + cropMm + "; it must be > 0 and at most 2000 mm");
        }
        require(outputHeight >= 1 && outputHeight <= MAX_PIXELS,
                "outputSize height is " + outputHeight + "; it must be 1 to " + MAX_PIXELS + " pixels");
        require(outputWidth >= 1 && outputWidth <= MAX_PIXELS,
                "outputSize width is " + outputWidth + "; it must be 1 to " + MAX_PIXELS + " pixels");
        require(interpolation != null, "interpolation is missing; use bilinear, nearest or bicubic");
        require(channels == 1 || channels == 3, "channels is " + channels + "; it must be 1 or 3");
        require(normalisation != null, "normalisation.mode is missing; use none, z-score or mean-std");
        mean = mean == null ? new double[0] : mean.clone();
        std = std == null ? new double[0] : std.clone();
        if (normalisation == Normalisation.MEAN_STD) {
            require(mean.length == channels, "normalisation.mean has " + mean.length + " values; it needs one per "
                    + "channel (" + channels + ")");
            require(std.length == channels, "normalisation.std has " + std.length + " values; it needs one per "
                    + "channel (" + channels + ")");
            for (int c = 0; c < channels; c++) {
                require(Double.isFinite(mean[c]), "normalisation.mean[" + c + "] is " + mean[c] + "; it must be finite");
                require(std[c] > 0 && Double.isFinite(std[c]),
                        "normalisation.std[" + c + "] is " + std[c] + "; it must be a finite number > 0");
            }
        } else {
            require(mean.length == 0 && std.length == 0, "normalisation.mean and std apply to mode mean-std only");
        }
        require(inputName != null && !inputName.isBlank(), "inputName is empty; name the ONNX model's input");
        require(outputName != null && !outputName.isBlank(), "outputName is empty; name the ONNX model's output");
        require(columnPrefix != null && COLUMN_PREFIX.matcher(columnPrefix).matches(), "columnPrefix is '"
                + columnPrefix + "'; it must be a letter or _ followed by letters, digits, _, . or -");
        require(featureCount >= 1 && featureCount <= MAX_FEATURES,
                "featureCount is " + featureCount + "; it must be 1 to " + MAX_FEATURES);
        require(pooling != null, "pooling is missing; use none, global-average or global-max");
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    /** The input tensor's shape {@code [1, channels, outputHeight, outputWidth]}. */
    public long[] inputShape() {
        return new long[] {1, channels, outputHeight, outputWidth};
    }

    /** The feature column names: the prefix and a 1-based number of at least 4 digits ({@code deep_feature0001}). */
    public List<String> columns() {
        int digits = Math.max(4, Integer.toString(featureCount).length());
        List<String> out = new ArrayList<>(featureCount);
        for (int f = 1; f <= featureCount; f++) {
            out.add(columnPrefix + String.format(Locale.ROOT, "%0" + digits + "d", f));
        }
        return out;
    }

    /** These settings with another column prefix (e.g. {@code arterial_deep_} and {@code venous_deep_}). */
    public DeepFeatureSettings withColumnPrefix(String prefix) {
        return new DeepFeatureSettings(slice, sliceIndex, windowLevel, windowWidth, crop, cropMm, maskOutside,
                outputHeight, outputWidth, interpolation, channels, normalisation, mean, std, inputName, outputName,
                prefix, featureCount, pooling);
    }

    /** These settings with other ONNX input and output names (a model exported with other names). */
    public DeepFeatureSettings withNames(String input, String output) {
        return new DeepFeatureSettings(slice, sliceIndex, windowLevel, windowWidth, crop, cropMm, maskOutside,
                outputHeight, outputWidth, interpolation, channels, normalisation, mean, std, input, output,
                columnPrefix, featureCount, pooling);
    }

    /** These settings with a given slice index instead of their slice choice (e.g. the annotated slice). */
    public DeepFeatureSettings withSliceIndex(int k) {
        return new DeepFeatureSettings(SliceChoice.INDEX, k, windowLevel, windowWidth, crop, cropMm, maskOutside,
                outputHeight, outputWidth, interpolation, channels, normalisation, mean, std, inputName, outputName,
                columnPrefix, featureCount, pooling);
    }

    /**
     * The settings of a package's {@code extraction.deepFeatures} block.
     *
     * @throws InvalidInputException if the package has no such block, or a key is missing or out of range
     */
    public static DeepFeatureSettings fromPackage(ModelPackage p) {
        Object block = p.extraction().get("deepFeatures");
        if (!(block instanceof Map<?, ?> map)) {
            throw new InvalidInputException("model package '" + p.id() + "' has no extraction.deepFeatures block: it "
                    + "uses no deep features");
        }
        return fromMap(map, p.id() + ": extraction.deepFeatures");
    }

    /**
     * The settings of a {@code deepFeatures} block already parsed from JSON (keys as in MODEL_PACKAGE.md);
     * {@code source} starts every error message. {@code window} and {@code featureCount} are required, the other keys
     * have the defaults documented there.
     */
    public static DeepFeatureSettings fromMap(Map<?, ?> block, String source) {
        return DeepFeatureJson.read(block, source);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new InvalidInputException("deep-feature settings: " + message);
        }
    }
}
