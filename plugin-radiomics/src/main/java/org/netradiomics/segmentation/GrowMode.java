package org.netradiomics.segmentation;

/** How the HU acceptance interval of region growing is chosen. */
public enum GrowMode {
    /** Confidence-connected: mean ± f·SD of the seed neighbourhood, re-estimated on the grown region. */
    ADAPTIVE,
    /** A fixed interval [lower, upper] HU. */
    INTERVAL
}
