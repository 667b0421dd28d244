package org.netradiomics.features.texture;

import java.util.Arrays;
import org.netradiomics.volume.InvalidInputException;

/**
 * The PyRadiomics settings that change texture matrices (PyRadiomics 3.1 parameter-file keys in brackets).
 *
 * @param distances        neighbour distances ({@code distances}, default [1])
 * @param force2D          build matrices per slice ({@code force2D}, default false)
 * @param force2DDimension the axis held fixed when force2D is set, 0 = k (axial) ({@code force2Ddimension})
 * @param symmetricalGlcm  count each co-occurrence in both directions ({@code symmetricalGLCM}, default true)
 * @param gldmAlpha        the coarseness parameter alpha of GLDM ({@code gldm_a}, default 0)
 * @param weighting        how GLCM and GLRLM angles are combined ({@code weightingNorm}, default: features averaged)
 */
public record PyRadiomicsTextureOptions(int[] distances, boolean force2D, int force2DDimension,
                                        boolean symmetricalGlcm, double gldmAlpha, AngleWeighting weighting) {

    /** Options with the default angle handling (features averaged over angles). */
    public PyRadiomicsTextureOptions(int[] distances, boolean force2D, int force2DDimension, boolean symmetricalGlcm,
            double gldmAlpha) {
        this(distances, force2D, force2DDimension, symmetricalGlcm, gldmAlpha, AngleWeighting.NONE);
    }

    public PyRadiomicsTextureOptions {
        if (distances == null || distances.length == 0) {
            throw new InvalidInputException("setting 'distances' is empty; give at least one distance, e.g. [1]");
        }
        for (int d : distances) {
            if (d < 1) throw new InvalidInputException("setting 'distances' has " + d + "; distances must be >= 1");
        }
        if (force2DDimension < 0 || force2DDimension > 2) {
            throw new InvalidInputException("setting 'force2Ddimension' is " + force2DDimension + "; use 0, 1 or 2");
        }
        if (gldmAlpha < 0) throw new InvalidInputException("setting 'gldm_a' is " + gldmAlpha + "; it must be >= 0");
        if (weighting == null) weighting = AngleWeighting.NONE;
        distances = distances.clone();
    }

    /** PyRadiomics 3.1 defaults: distance 1, 3D, symmetrical GLCM, gldm_a 0. */
    public static PyRadiomicsTextureOptions defaults() {
        return new PyRadiomicsTextureOptions(new int[] {1}, false, 0, true, 0);
    }

    @Override
    public int[] distances() {
        return distances.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyRadiomicsTextureOptions p && Arrays.equals(distances, p.distances)
                && force2D == p.force2D && force2DDimension == p.force2DDimension
                && symmetricalGlcm == p.symmetricalGlcm && gldmAlpha == p.gldmAlpha && weighting == p.weighting;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(distances) * 31 + Boolean.hashCode(force2D) + 7 * force2DDimension;
    }

    @Override
    public String toString() {
        return "PyRadiomicsTextureOptions[distances=" + Arrays.toString(distances) + ", force2D=" + force2D
                + ", force2Ddimension=" + force2DDimension + ", symmetricalGLCM=" + symmetricalGlcm
                + ", gldm_a=" + gldmAlpha + ", weightingNorm=" + weighting + "]";
    }
}
