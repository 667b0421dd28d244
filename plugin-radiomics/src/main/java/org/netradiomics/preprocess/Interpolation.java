package org.netradiomics.preprocess;

/** Interpolation kernel used when resampling an image to a new grid (IBSI 2.4). */
public enum Interpolation {
    /** Value of the nearest source voxel. */
    NEAREST,
    /** Trilinear (bilinear in-plane for 2D resampling). */
    LINEAR,
    /** Cubic B-spline with coefficient prefiltering and mirror boundaries, as ITK/SimpleITK sitkBSpline. */
    BSPLINE
}
