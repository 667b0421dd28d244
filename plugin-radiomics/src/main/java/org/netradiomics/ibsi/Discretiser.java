package org.netradiomics.ibsi;

/** Discretisation named by an IBSI configuration: fixed bin size (width in HU) or fixed bin number. */
public sealed interface Discretiser {
    /** IBSI fixed bin size, bins start at the lower re-segmentation bound. */
    record FixedBinSize(double width) implements Discretiser {
    }

    /** IBSI fixed bin number. */
    record FixedBinNumber(int bins) implements Discretiser {
    }

    /** No discretisation (IVH on the raw, integer intensities). */
    record None() implements Discretiser {
    }
}
