package org.netradiomics.features.ivh;

/**
 * How the intensity-volume histogram discretises intensities (IBSI 3.5): intensities are mapped to
 * {@code rangeMin + w * floor((x - rangeMin) / w)} and the total range G runs from {@code rangeMin} to
 * {@code rangeMax} in steps of {@code binWidth}. NaN range bounds mean the minimum / maximum of the ROI's values.
 *
 * @param binWidth discretisation interval w (1 for the digital phantom and for CT at 1 HU)
 * @param rangeMin lower end of G (e.g. the re-segmentation lower bound for CT), NaN = data minimum
 * @param rangeMax upper end of G (e.g. the re-segmentation upper bound), NaN = data maximum
 */
public record IvhOptions(double binWidth, double rangeMin, double rangeMax) {
    public IvhOptions {
        if (!(binWidth > 0)) throw new IllegalArgumentException("IVH bin width must be positive, got " + binWidth);
    }

    /** Values used as they are (already discretised, e.g. the digital phantom or fixed-bin-number levels): w = 1, G = [min, max]. */
    public static IvhOptions levelsAsIs() { return new IvhOptions(1, Double.NaN, Double.NaN); }

    /** Fixed bin size w from a known range [min, max] (e.g. CT with re-segmentation range and w = 1 HU). */
    public static IvhOptions fixedBinSize(double w, double min, double max) { return new IvhOptions(w, min, max); }
}
