package org.netradiomics.features.texture;

/**
 * Where a texture matrix is built (IBSI-1 section 3.6, "aggregating features"): in each axial slice on its own,
 * in the axial slices merged into one matrix set (2.5D), or in the whole volume. The IBSI tag suffix is
 * {@link #tagSuffix()}; the co-occurrence and run-length families add {@code _avg} / {@code _comb} after it.
 */
public enum TextureSpace {
    /** Per axial slice, features averaged over slices (in-plane offsets only). */
    TWO_D("2D"),
    /** Per axial slice, matrices merged over slices before computing features (in-plane offsets only). */
    TWO_AND_HALF_D("2_5D"),
    /** The volume as a whole (offsets in all three dimensions). */
    THREE_D("3D");

    private final String tagSuffix;

    TextureSpace(String tagSuffix) {
        this.tagSuffix = tagSuffix;
    }

    /** The IBSI tag suffix: 2D, 2_5D or 3D (as in reference_values.csv, e.g. szm_sze_2_5D). */
    public String tagSuffix() {
        return tagSuffix;
    }

    /** True when offsets stay in the axial plane (2D and 2.5D). */
    public boolean inPlane() {
        return this != THREE_D;
    }
}
