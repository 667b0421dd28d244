package org.netradiomics.features.texture;

/**
 * PyRadiomics' {@code weightingNorm} for GLCM and GLRLM: NONE computes features per angle and averages them; the
 * others sum the angle matrices, each multiplied by a weight of the angle's length ‖a‖ in mm in the given norm
 * (NO_WEIGHTING: 1), and compute the features of that single matrix. PyRadiomics weights GLCMs by exp(−‖a‖²)
 * ({@link #weight}) but GLRLMs by ‖a‖ itself ({@link #runWeight}).
 */
public enum AngleWeighting {
    /** Features per angle, averaged (PyRadiomics' default, weightingNorm None). */
    NONE,
    /** Matrices summed with weight 1 ("no_weighting"). */
    NO_WEIGHTING,
    /** Weight exp(−max_d |a_d s_d|²) ("infinity"). */
    INFINITY,
    /** Weight exp(−Σ_d (a_d s_d)²) ("euclidean"). */
    EUCLIDEAN,
    /** Weight exp(−(Σ_d |a_d s_d|)²) ("manhattan"). */
    MANHATTAN;

    /** The weight of angle {@code a} on a grid with {@code spacing} (x, y, z). */
    public double weight(Offset a, double[] spacing) {
        double x = Math.abs(a.di() * spacing[0]);
        double y = Math.abs(a.dj() * spacing[1]);
        double z = Math.abs(a.dk() * spacing[2]);
        return switch (this) {
            case NONE, NO_WEIGHTING -> 1;
            case INFINITY -> Math.exp(-Math.pow(Math.max(x, Math.max(y, z)), 2));
            case EUCLIDEAN -> Math.exp(-(x * x + y * y + z * z));
            case MANHATTAN -> Math.exp(-Math.pow(x + y + z, 2));
        };
    }

    /** The GLRLM weight of angle {@code a}: ‖a‖ in the norm (1 for NO_WEIGHTING). */
    public double runWeight(Offset a, double[] spacing) {
        double x = Math.abs(a.di() * spacing[0]);
        double y = Math.abs(a.dj() * spacing[1]);
        double z = Math.abs(a.dk() * spacing[2]);
        return switch (this) {
            case NONE, NO_WEIGHTING -> 1;
            case INFINITY -> Math.max(x, Math.max(y, z));
            case EUCLIDEAN -> Math.sqrt(x * x + y * y + z * z);
            case MANHATTAN -> x + y + z;
        };
    }

    /** Parses a PyRadiomics {@code weightingNorm} value (null = NONE). */
    public static AngleWeighting parse(String value) {
        if (value == null) {
            return NONE;
        }
        return switch (value) {
            case "no_weighting" -> NO_WEIGHTING;
            case "infinity" -> INFINITY;
            case "euclidean" -> EUCLIDEAN;
            case "manhattan" -> MANHATTAN;
            default -> throw new org.netradiomics.volume.InvalidInputException("weightingNorm '" + value
                    + "' is not known; use infinity, euclidean, manhattan or no_weighting");
        };
    }
}
