package org.netradiomics.features.texture;

import java.util.Set;
import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;

/** A texture family as IBSI-1 defines it, returning values under IBSI tags (e.g. cm_joint_max_2D_avg, szm_sze_3D). */
public interface IbsiTextureFamily {
    /**
     * The family's features for each requested space, tagged with the IBSI suffixes.
     *
     * @param levels discretised grey levels (1..N_g inside the ROI, 0 outside)
     * @param spaces which of 2D, 2.5D and 3D to compute
     */
    FeatureTable ibsiFeatures(DiscretisedImage levels, Set<TextureSpace> spaces);
}
