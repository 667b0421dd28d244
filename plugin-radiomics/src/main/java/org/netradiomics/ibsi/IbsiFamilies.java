package org.netradiomics.ibsi;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.features.firstorder.IntensityStatistics;
import org.netradiomics.features.glcm.GreyLevelCooccurrence;
import org.netradiomics.features.gldzm.GreyLevelDistanceZone;
import org.netradiomics.features.glrlm.GreyLevelRunLength;
import org.netradiomics.features.glszm.GreyLevelSizeZone;
import org.netradiomics.features.histogram.IntensityHistogram;
import org.netradiomics.features.ivh.IntensityVolumeHistogram;
import org.netradiomics.features.ivh.IvhOptions;
import org.netradiomics.features.local.LocalIntensity;
import org.netradiomics.features.ngldm.NeighbouringGreyLevelDependence;
import org.netradiomics.features.ngtdm.NeighbourhoodGreyToneDifference;
import org.netradiomics.features.shape.Morphology;
import org.netradiomics.features.texture.IbsiTextureFamily;
import org.netradiomics.features.texture.TextureSpace;

/**
 * Every IBSI-1 feature family wired for {@link IbsiRunner}: morphology, local intensity, intensity statistics,
 * intensity histogram, intensity-volume histogram, and the six texture families. Texture is computed in 2D and 2.5D
 * for slice-wise configurations (A, B) and in 2D, 2.5D and 3D otherwise; the intensity histogram and texture use the
 * configuration's discretisation (or the intensities themselves as levels when it has none, as for the digital
 * phantom); the IVH uses the configuration's IVH discretisation within the re-segmentation range.
 */
public final class IbsiFamilies {
    private IbsiFamilies() {}

    /** All families, in the order of the IBSI manual. */
    public static List<FeatureFamily> all() {
        return List.of(
                (roi, config) -> new Morphology(roi.roi()).ibsiFeatures(),
                (roi, config) -> new LocalIntensity(roi.roi()).ibsiFeatures(),
                (roi, config) -> new IntensityStatistics(roi.roi()).ibsiFeatures(),
                (roi, config) -> new IntensityHistogram(levels(roi)).ibsiFeatures(),
                IbsiFamilies::intensityVolumeHistogram,
                texture(new GreyLevelCooccurrence()),
                texture(new GreyLevelRunLength()),
                texture(new GreyLevelSizeZone()),
                (roi, config) -> new GreyLevelDistanceZone(roi.roi().morphologicalMask())
                        .ibsiFeatures(levels(roi), spaces(config)),
                texture(new NeighbourhoodGreyToneDifference()),
                texture(new NeighbouringGreyLevelDependence()));
    }

    /** The texture spaces of a configuration: 2D and 2.5D when slice-wise, all three otherwise. */
    public static Set<TextureSpace> spaces(IbsiConfiguration config) {
        return config.sliceWise() ? EnumSet.of(TextureSpace.TWO_D, TextureSpace.TWO_AND_HALF_D)
                : EnumSet.allOf(TextureSpace.class);
    }

    private static FeatureFamily texture(IbsiTextureFamily family) {
        return (roi, config) -> family.ibsiFeatures(levels(roi), spaces(config));
    }

    /** The texture discretisation, or the rounded intensities as levels 1..max when the configuration has none. */
    static DiscretisedImage levels(PreparedRoi prepared) {
        if (prepared.textureLevels() != null) {
            return prepared.textureLevels();
        }
        RoiImage roi = prepared.roi();
        int[] l = new int[roi.intensities().length];
        int max = 0;
        for (int v = 0; v < l.length; v++) {
            if (roi.intensityMask()[v]) {
                l[v] = Math.round(roi.intensities()[v]);
                if (l[v] < 1) {
                    throw new org.netradiomics.volume.InvalidInputException("intensity " + roi.intensities()[v]
                            + " cannot be used as a grey level (the configuration has no discretisation); "
                            + "levels must be integers >= 1");
                }
                max = Math.max(max, l[v]);
            }
        }
        return new DiscretisedImage(roi.geometry(), l, max);
    }

    private static FeatureTable intensityVolumeHistogram(PreparedRoi prepared, IbsiConfiguration config) {
        if (prepared.ivhLevels() != null) {
            DiscretisedImage d = prepared.ivhLevels();
            double[] values = java.util.Arrays.stream(d.levels()).filter(v -> v > 0).asDoubleStream().toArray();
            return new IntensityVolumeHistogram(values, switch (config.ivh()) {
                case Discretiser.FixedBinSize s -> IvhOptions.fixedBinSize(1, 1,
                        Math.floor((config.rangeUpper() - config.rangeLower()) / s.width()) + 1);
                case Discretiser.FixedBinNumber n -> IvhOptions.fixedBinSize(1, 1, n.bins());
                case Discretiser.None none -> IvhOptions.levelsAsIs();
            }).ibsiFeatures();
        }
        boolean ranged = !Double.isNaN(config.rangeLower()) && !Double.isNaN(config.rangeUpper());
        IvhOptions options = ranged ? IvhOptions.fixedBinSize(1, config.rangeLower(), config.rangeUpper())
                : IvhOptions.levelsAsIs();
        return new IntensityVolumeHistogram(prepared.roi(), options).ibsiFeatures();
    }
}
