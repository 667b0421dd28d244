package org.netradiomics.features.texture;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;

/** A texture family as PyRadiomics 3.1 computes it, returning values under PyRadiomics feature names. */
public interface PyRadiomicsTextureFamily {
    /** The PyRadiomics feature class: glcm, glrlm, glszm, gldm or ngtdm. */
    String pyradiomicsClass();

    /**
     * The family's features named as PyRadiomics names them without prefix (e.g. "Imc1"; the caller adds
     * "original_glcm_").
     *
     * @param levels discretised grey levels (PyRadiomics binning; 1..N_g inside the ROI, 0 outside)
     */
    FeatureTable pyradiomicsFeatures(DiscretisedImage levels, PyRadiomicsTextureOptions options);
}
