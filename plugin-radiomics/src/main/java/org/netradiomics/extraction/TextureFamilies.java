package org.netradiomics.extraction;

import java.util.List;

import org.netradiomics.features.glcm.GreyLevelCooccurrence;
import org.netradiomics.features.glrlm.GreyLevelRunLength;
import org.netradiomics.features.glszm.GreyLevelSizeZone;
import org.netradiomics.features.ngldm.NeighbouringGreyLevelDependence;
import org.netradiomics.features.ngtdm.NeighbourhoodGreyToneDifference;
import org.netradiomics.features.texture.PyRadiomicsTextureFamily;

/** The texture families of a PyRadiomics-style extraction, in PyRadiomics' class order. */
public final class TextureFamilies {
    private TextureFamilies() {}

    /** glcm, glrlm, glszm, gldm, ngtdm. */
    public static List<PyRadiomicsTextureFamily> pyradiomics() {
        return List.of(new GreyLevelCooccurrence(), new GreyLevelRunLength(), new GreyLevelSizeZone(),
                new NeighbouringGreyLevelDependence(), new NeighbourhoodGreyToneDifference());
    }
}
