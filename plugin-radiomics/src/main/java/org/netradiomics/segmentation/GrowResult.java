package org.netradiomics.segmentation;

import org.netradiomics.volume.Mask;

/**
 * The outcome of one click: the mask on the image grid, its volume, the final HU interval and which guard stopped growth.
 *
 * @param mask     grown region on the full image grid
 * @param volumeMl volume of the mask in mL
 * @param lower    final lower HU bound used
 * @param upper    final upper HU bound used
 * @param status   why growth stopped
 */
public record GrowResult(Mask mask, double volumeMl, double lower, double upper, GrowStatus status) {}
