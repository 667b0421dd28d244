package org.netradiomics.segmentation;

/** Why region growing stopped: the intensity interval alone, or one of the leak guards. */
public enum GrowStatus {
    /** All connected voxels within the interval were taken; no guard was needed. */
    INTERVAL_BOUNDARY,
    /** Voxels within the interval lay beyond the maximum radius and were left out. */
    RADIUS_LIMIT,
    /** The region reached the maximum volume; growth was cut there. */
    VOLUME_LIMIT,
    /** An adaptive re-estimation of the interval made the region jump (a leak); the previous iteration was kept. */
    ITERATION_LEAK,
    /** The morphological opening removed thin bridges (a leak) from the grown region. */
    OPENING_CUT
}
