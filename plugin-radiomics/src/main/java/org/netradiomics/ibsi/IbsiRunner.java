package org.netradiomics.ibsi;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.preprocess.Discretisation;
import org.netradiomics.preprocess.GridAlignment;
import org.netradiomics.preprocess.Resampler;
import org.netradiomics.preprocess.Resegmentation;
import org.netradiomics.preprocess.RoiCropper;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** Applies an {@link IbsiConfiguration}'s preprocessing to an image and mask and produces the IBSI-tagged table. */
public final class IbsiRunner {
    private IbsiRunner() {
    }

    /**
     * Interpolation, re-segmentation, cropping and discretisation of the configuration, with all diagnostic tags
     * (init_img, interp_img, init_roi, interp_roi, reseg_roi).
     */
    public static PreparedRoi prepare(IbsiConfiguration config, Volume image, Mask mask) {
        if (!image.geometry().sameGrid(mask.geometry(), 1e-4)) {
            throw new InvalidInputException("mask grid differs from image grid: " + mask.geometry().describeDifference(image.geometry()));
        }
        if (mask.count() == 0) throw new InvalidInputException("mask is empty: no voxel inside the region of interest");
        FeatureTable diag = new FeatureTable();
        Diagnostics.image(diag, "init_img", image);
        Diagnostics.roi(diag, "init_roi", image, mask, mask);
        Volume img = image;
        Mask morph = mask;
        if (config.interpolates()) {
            Geometry target = GridAlignment.ibsiCentreAligned(image.geometry(), config.spacing(), config.sliceWise());
            img = Resampler.resample(image, target, config.interpolation());
            if (config.roundIntensities()) img = Resampler.roundToInteger(img);
            morph = Resampler.resampleMask(mask, target, config.maskInterpolation(), config.partialVolume());
        }
        Diagnostics.image(diag, "interp_img", img);
        Diagnostics.roi(diag, "interp_roi", img, morph, morph);
        Mask intensity = morph;
        if (!Double.isNaN(config.rangeLower()) || !Double.isNaN(config.rangeUpper())) {
            intensity = Resegmentation.range(img, intensity, config.rangeLower(), config.rangeUpper());
        }
        if (config.outlierFiltering()) intensity = Resegmentation.outliers(img, intensity, 3);
        Diagnostics.roi(diag, "reseg_roi", img, intensity, morph);
        // local intensity peaks average a 1 cm^3 sphere that may reach beyond the ROI: keep that margin around it
        int[] margin = org.netradiomics.features.local.LocalIntensity.requiredMargin(img.geometry());
        RoiImage roi = RoiCropper.crop(img, intensity, morph, Math.max(margin[0], Math.max(margin[1], margin[2])));
        return new PreparedRoi(roi, discretise(roi, config.texture(), config), discretise(roi, config.ivh(), config), diag);
    }

    /**
     * Preprocesses with {@link #prepare} and returns the diagnostic tags plus the tags of every given family
     * (the feature facades, wired by the caller).
     */
    public static FeatureTable run(IbsiConfiguration config, Volume image, Mask mask, java.util.List<FeatureFamily> families) {
        PreparedRoi prepared = prepare(config, image, mask);
        FeatureTable table = new FeatureTable().putAll("", prepared.diagnostics());
        for (FeatureFamily family : families) table.putAll("", family.compute(prepared, config));
        return table;
    }

    private static DiscretisedImage discretise(RoiImage roi, Discretiser d, IbsiConfiguration config) {
        return switch (d) {
            case Discretiser.FixedBinSize s -> Discretisation.fixedBinSize(roi, s.width(), config.rangeLower());
            case Discretiser.FixedBinNumber n -> Discretisation.fixedBinNumber(roi, n.bins());
            case Discretiser.None none -> null;
        };
    }
}
