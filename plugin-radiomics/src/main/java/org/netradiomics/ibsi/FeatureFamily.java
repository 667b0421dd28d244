package org.netradiomics.ibsi;

import org.netradiomics.features.FeatureTable;

/** One feature family computed on a prepared ROI, returning its values under their IBSI tags (e.g. cm_joint_max_2D_avg). */
@FunctionalInterface
public interface FeatureFamily {
    FeatureTable compute(PreparedRoi roi, IbsiConfiguration config);
}
