package org.netradiomics.features.local;

import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

/**
 * IBSI-1 local intensity features (section 3.2, loc_*): the mean intensity in a 1 cm^3 sphere (radius
 * r = (3 / (4 pi))^(1/3) cm = 6.2035 mm) centred on a voxel, over all image voxels of the grid (inside or outside
 * the ROI) whose centres lie within r. The grid must therefore extend at least ceil(6.2035 mm / spacing) voxels
 * beyond the ROI on every side (see {@link #requiredMargin(Geometry)}); a narrower crop silently drops the missing
 * voxels from the mean.
 */
public final class LocalIntensity {
    /** Radius in mm of a sphere of 1 cm^3. */
    public static final double RADIUS_MM = 10 * Math.cbrt(3 / (4 * Math.PI));

    private final RoiImage roi;

    public LocalIntensity(RoiImage roi) {
        if (roi.intensityVoxelCount() == 0) {
            throw new InvalidInputException("the region of interest has no voxel; local intensity peaks are undefined");
        }
        this.roi = roi;
    }

    /** Margin in voxels per axis the ROI crop needs around the intensity mask for exact peaks. */
    public static int[] requiredMargin(Geometry g) {
        int[] m = new int[3];
        for (int a = 0; a < 3; a++) m[a] = (int) Math.ceil(RADIUS_MM / g.spacing(a));
        return m;
    }

    /** VJGA loc_peak_loc: the sphere mean around the voxel(s) of maximum intensity in the ROI (highest if several). */
    public double localPeak() {
        float[] x = roi.intensities();
        boolean[] in = roi.intensityMask();
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < x.length; v++) if (in[v] && x[v] > max) max = x[v];
        boolean[] centres = new boolean[x.length];
        for (int v = 0; v < x.length; v++) centres[v] = in[v] && x[v] == max;
        return maxSphereMean(centres);
    }

    /** 0F91 loc_peak_glob: the highest sphere mean over all voxels of the ROI. */
    public double globalPeak() { return maxSphereMean(roi.intensityMask()); }

    public FeatureTable ibsiFeatures() {
        return new FeatureTable().put("loc_peak_loc", localPeak()).put("loc_peak_glob", globalPeak());
    }

    /**
     * Max over the centre voxels of the sphere mean. The sphere is split into x-runs, one per (dj, dk) offset,
     * summed with prefix sums along x: cost per centre = number of runs (~ pi r^2 / (sy sz)), not r^3.
     */
    private double maxSphereMean(boolean[] centres) {
        Geometry g = roi.geometry();
        int nx = g.nx(), ny = g.ny(), nz = g.nz();
        double sx = g.spacing(0), sy = g.spacing(1), sz = g.spacing(2);
        float[] x = roi.intensities();
        double[] prefix = new double[nx * ny * nz + ny * nz];   // per row: nx + 1 entries
        for (int r = 0; r < ny * nz; r++) {
            int base = r * (nx + 1);
            for (int i = 0; i < nx; i++) prefix[base + i + 1] = prefix[base + i] + x[r * nx + i];
        }
        int mj = (int) Math.floor(RADIUS_MM / sy), mk = (int) Math.floor(RADIUS_MM / sz);
        double r2 = RADIUS_MM * RADIUS_MM;
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nz; k++) for (int j = 0; j < ny; j++) for (int i = 0; i < nx; i++) {
            if (!centres[i + nx * (j + ny * k)]) continue;
            double sum = 0;
            long count = 0;
            for (int dk = -mk; dk <= mk; dk++) {
                int kk = k + dk;
                if (kk < 0 || kk >= nz) continue;
                for (int dj = -mj; dj <= mj; dj++) {
                    int jj = j + dj;
                    if (jj < 0 || jj >= ny) continue;
                    double rest = r2 - dk * sz * dk * sz - dj * sy * dj * sy;
                    if (rest < 0) continue;
                    int di = (int) Math.floor(Math.sqrt(rest) / sx + 1e-9);
                    int lo = Math.max(0, i - di), hi = Math.min(nx - 1, i + di);
                    int base = (jj + ny * kk) * (nx + 1);
                    sum += prefix[base + hi + 1] - prefix[base + lo];
                    count += hi - lo + 1;
                }
            }
            best = Math.max(best, sum / count);
        }
        return best;
    }
}
