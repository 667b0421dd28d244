package org.netradiomics.ibsi;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;

/**
 * Result of an IBSI configuration's preprocessing: the cropped ROI, its texture/IH and IVH discretisations
 * (null when the configuration has none) and the diagnostic tags.
 */
public record PreparedRoi(RoiImage roi, DiscretisedImage textureLevels, DiscretisedImage ivhLevels,
                          FeatureTable diagnostics) {
}
