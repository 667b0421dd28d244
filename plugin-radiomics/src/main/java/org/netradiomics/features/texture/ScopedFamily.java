package org.netradiomics.features.texture;

import java.util.List;

import org.netradiomics.features.DiscretisedImage;

/**
 * A texture family whose matrix covers all directions at once (size zone, distance zone, neighbourhood grey tone
 * difference, neighbouring grey level dependence), built per slice (2D, 2.5D) or over the volume (3D) and merged by
 * summation. {@link ScopedAggregation} aggregates it in the three IBSI ways.
 *
 * @param <A> the family's accumulator (its matrix or the data it is built from)
 */
public interface ScopedFamily<A> {

    /** IBSI tag stems, in the order {@link #features} returns them (e.g. "szm_sze"). */
    List<String> featureStems();

    /** An empty accumulator for this image. */
    A empty(DiscretisedImage levels);

    /** Adds slice {@code slice} (in-plane neighbourhoods) or, when −1, the whole volume (3D neighbourhoods). */
    void accumulate(DiscretisedImage levels, int slice, A accumulator);

    /** Adds {@code from} into {@code into} (IBSI matrix merging). */
    void merge(A into, A from);

    /** Whether nothing was counted. */
    boolean isEmpty(A accumulator);

    /** Feature values; {@code voxels} = ROI voxels covered by the accumulator. */
    double[] features(A accumulator, DiscretisedImage levels, double voxels);
}
