package org.netradiomics.segmentation;

import org.netradiomics.volume.InvalidInputException;

/**
 * Typed, validated settings of seeded region growing.
 *
 * @param mode               adaptive (confidence-connected) or fixed interval
 * @param lower              lower HU bound (interval mode; ignored in adaptive mode)
 * @param upper              upper HU bound (interval mode; ignored in adaptive mode)
 * @param multiplier         f in mean ± f·SD (adaptive mode), in (0, 10]
 * @param iterations         re-estimations of mean/SD on the grown region (adaptive mode), 0..20
 * @param seedRadiusVoxels   half-width of the seed neighbourhood for the first statistics, 1..5 voxels
 * @param connectivity       6, 18 or 26 neighbours
 * @param maxRadiusMm        no voxel farther than this from the seed (mm, anisotropic spacing respected), (0, 500]
 * @param maxVolumeMl        growth stops at this volume (mL), (0, 10000]
 * @param openingRadiusMm    radius of the morphological opening that cuts thin bridges; 0 = off, at most 20
 * @param fillHoles          fill enclosed holes (3D, or in-slice in 2D mode)
 * @param edgeStopSd         leak stop at edges: a voxel whose gradient magnitude on the 3x3x3-mean-smoothed image exceeds
 *                           this many seed-neighbourhood SDs (HU per voxel step) is taken but growth does not continue
 *                           from it; 0 = off, otherwise in (0, 5] (see {@link RegionGrower} for the measurements)
 * @param leakGrowth         iteration-leak guard: an adaptive re-estimation that multiplies the region by more than this
 *                           (or newly reaches the radius/volume limit) is undone; 0 = off, otherwise in (1, 100]
 */
public record GrowSettings(GrowMode mode, double lower, double upper, double multiplier, int iterations,
                           int seedRadiusVoxels, Connectivity connectivity, double maxRadiusMm, double maxVolumeMl,
                           double openingRadiusMm, boolean fillHoles, double edgeStopSd,
                           double leakGrowth) {

    public GrowSettings {
        if (mode == null) throw new InvalidInputException("mode is missing; use adaptive or interval");
        if (connectivity == null) throw new InvalidInputException("connectivity is missing; use 6, 18 or 26");
        if (mode == GrowMode.INTERVAL && !(lower <= upper)) {
            throw new InvalidInputException("lower HU (" + lower + ") must not exceed upper HU (" + upper + ")");
        }
        check("multiplier", multiplier, 0, 10, false);
        if (iterations < 0 || iterations > 20) throw new InvalidInputException("iterations is " + iterations + "; it must be between 0 and 20");
        if (seedRadiusVoxels < 1 || seedRadiusVoxels > 5) throw new InvalidInputException("seedRadiusVoxels is " + seedRadiusVoxels + "; it must be between 1 and 5");
        check("maxRadiusMm", maxRadiusMm, 0, 500, false);
        check("maxVolumeMl", maxVolumeMl, 0, 10000, false);
        check("openingRadiusMm", openingRadiusMm, 0, 20, true);
        if (edgeStopSd != 0) check("edgeStopSd", edgeStopSd, 0, 5, false, " (0 = off)");
        if (leakGrowth != 0) check("leakGrowth", leakGrowth, 1, 100, false, " (0 = off)");
    }

    private static void check(String name, double v, double lo, double hi, boolean loInclusive) {
        check(name, v, lo, hi, loInclusive, "");
    }

    private static void check(String name, double v, double lo, double hi, boolean loInclusive, String note) {
        boolean ok = (loInclusive ? v >= lo : v > lo) && v <= hi;
        if (!ok) {
            throw new InvalidInputException(name + " is " + v + "; it must be " + (loInclusive ? "at least " : "greater than ") + lo + " and at most " + hi + note);
        }
    }

    /**
     * Lesion defaults (measured on the phantoms over noise seeds, table in {@link RegionGrower}): adaptive, f = 2.5,
     * 3 iterations, 6-connectivity, radius 40 mm, 200 mL, no opening, holes filled, edge stop 0.4 SD, iteration-leak
     * guard 1.5.
     */
    public static GrowSettings lesionDefaults() {
        return new GrowSettings(GrowMode.ADAPTIVE, 0, 0, 2.5, 3, 1, Connectivity.SIX, 40, 200, 0, true, 0.4, 1.5);
    }

    /** Fixed-interval settings with the lesion guards. */
    public static GrowSettings interval(double lower, double upper) {
        return lesionDefaults().withMode(GrowMode.INTERVAL, lower, upper);
    }

    public GrowSettings withMode(GrowMode m, double lo, double hi) {
        return new GrowSettings(m, lo, hi, multiplier, iterations, seedRadiusVoxels, connectivity, maxRadiusMm, maxVolumeMl, openingRadiusMm, fillHoles, edgeStopSd, leakGrowth);
    }

    public GrowSettings withConnectivity(Connectivity c) {
        return new GrowSettings(mode, lower, upper, multiplier, iterations, seedRadiusVoxels, c, maxRadiusMm, maxVolumeMl, openingRadiusMm, fillHoles, edgeStopSd, leakGrowth);
    }

    public GrowSettings withGuards(double radiusMm, double volumeMl, double openingMm) {
        return new GrowSettings(mode, lower, upper, multiplier, iterations, seedRadiusVoxels, connectivity, radiusMm, volumeMl, openingMm, fillHoles, edgeStopSd, leakGrowth);
    }

    /** The two leak stops: edge stop (SDs, 0 = off) and iteration-leak guard (growth factor, 0 = off). */
    public GrowSettings withLeakStops(double edgeSd, double growth) {
        return new GrowSettings(mode, lower, upper, multiplier, iterations, seedRadiusVoxels, connectivity, maxRadiusMm, maxVolumeMl, openingRadiusMm, fillHoles, edgeSd, growth);
    }

    public GrowSettings withAdaptive(double f, int iter) {
        return new GrowSettings(mode, lower, upper, f, iter, seedRadiusVoxels, connectivity, maxRadiusMm, maxVolumeMl, openingRadiusMm, fillHoles, edgeStopSd, leakGrowth);
    }
}
