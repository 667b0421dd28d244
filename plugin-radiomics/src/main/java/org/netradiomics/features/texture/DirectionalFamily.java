package org.netradiomics.features.texture;

import java.util.List;

import org.netradiomics.features.DiscretisedImage;

/**
 * A texture family whose matrices are built along one direction at a time (co-occurrence, run length) and merged by
 * summing their elements. {@link DirectionalAggregation} builds the per-slice and per-direction matrices and
 * aggregates features in the six IBSI ways; a family supplies the matrix and the features of one matrix.
 */
public interface DirectionalFamily {

    /** IBSI tag stems of the features, in the order {@link #features} returns them (e.g. "cm_joint_max"). */
    List<String> featureStems();

    /** Length of the flat matrix for this image (e.g. N_g² for a GLCM). */
    int matrixLength(DiscretisedImage levels);

    /**
     * Adds the counts along {@code direction} to {@code matrix}: within slice {@code slice} only (direction in
     * plane), or over the whole volume when {@code slice} is −1.
     */
    void accumulate(DiscretisedImage levels, Offset direction, int slice, double[] matrix);

    /**
     * Feature values of one (possibly merged) matrix; {@code voxels} is the number of ROI voxels that the
     * underlying matrices cover (summed over merged matrices), for features normalised by it.
     */
    double[] features(double[] matrix, DiscretisedImage levels, double voxels);
}
