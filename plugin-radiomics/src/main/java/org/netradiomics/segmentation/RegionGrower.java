package org.netradiomics.segmentation;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * Seeded region growing in HU from one clicked voxel, in 3D or on the clicked slice only. Adaptive mode follows the
 * confidence-connected scheme (interval mean ± f·SD from the seed neighbourhood, re-estimated on the grown region a
 * fixed number of times). Guards: a maximum radius (mm) box, a maximum volume (mL), an optional opening, hole filling.
 * Works on a box around the seed with an int queue; deterministic.
 */
public final class RegionGrower {
    /** HU below which a click is taken to be on air or outside the body. */
    public static final double AIR_HU = -500;
    /** An adaptive re-estimation that multiplies the region by more than this is treated as a leak. */
    static final double LEAK_GROWTH = 1.5;

    private RegionGrower() {}

    /** 3D growth from voxel (i, j, k) (0-based indices of the image as loaded). */
    public static GrowResult grow(Volume image, int i, int j, int k, GrowSettings s) {
        return run(image, i, j, k, s, false);
    }

    /** 2D growth restricted to slice k (the max-area slice workflow); holes are filled in-slice. */
    public static GrowResult growSlice(Volume image, int i, int j, int k, GrowSettings s) {
        return run(image, i, j, k, s, true);
    }

    private static GrowResult run(Volume image, int i, int j, int k, GrowSettings s, boolean plane) {
        Geometry g = image.geometry();
        if (!g.contains(i, j, k)) {
            throw new InvalidInputException("seed (" + i + ", " + j + ", " + k + ") is outside the image of "
                    + g.nx() + " x " + g.ny() + " x " + g.nz() + " voxels (indices are 0-based)");
        }
        float seedHu = image.get(i, j, k);
        if (seedHu < AIR_HU) {
            throw new InvalidInputException("the click is on air/outside the body (seed HU " + seedHu + " < " + AIR_HU + ")");
        }
        Box box = Box.around(g, i, j, k, s.maxRadiusMm(), plane);
        float[] hu = box.extract(image.voxels(), g);
        int seed = box.local(i, j, k);
        double[] sp = g.spacing();
        int[][] offs = s.connectivity().offsets(plane);
        double vox = g.voxelVolume();
        int maxVoxels = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(s.maxVolumeMl() * 1000.0 / vox)));
        Flood flood = new Flood(hu, box, offs, radiusTable(box, i, j, k, sp, s.maxRadiusMm()), maxVoxels);

        double lo, hi;
        boolean iterationLeak = false;
        if (s.mode() == GrowMode.INTERVAL) {
            lo = s.lower();
            hi = s.upper();
            if (seedHu < lo || seedHu > hi) {
                throw new InvalidInputException("the seed HU " + seedHu + " is outside the interval [" + lo + ", " + hi + "]");
            }
            flood.run(seed, lo, hi);
        } else {
            double[] ms = neighbourhoodStats(hu, box, seed, s.seedRadiusVoxels(), plane);
            lo = Math.min(seedHu, ms[0] - s.multiplier() * ms[1]);
            hi = Math.max(seedHu, ms[0] + s.multiplier() * ms[1]);
            flood.run(seed, lo, hi);
            for (int it = 0; it < s.iterations(); it++) {
                double[] rs = regionStats(hu, flood.region);
                double nlo = Math.min(seedHu, rs[0] - s.multiplier() * rs[1]);
                double nhi = Math.max(seedHu, rs[0] + s.multiplier() * rs[1]);
                if (nlo == lo && nhi == hi) break;
                boolean[] prevRegion = flood.region;
                int prevCount = flood.count;
                boolean prevRadius = flood.hitRadius, prevVolume = flood.hitVolume;
                flood.run(seed, nlo, nhi);
                // Leak guard: a re-estimated interval that makes the region jump in size, or run into the radius
                // or volume limit when the previous one did not, has leaked into the surroundings: keep the previous.
                boolean leaked = flood.count > LEAK_GROWTH * prevCount
                        || ((flood.hitVolume || flood.hitRadius) && !(prevVolume || prevRadius));
                if (leaked) {
                    flood.region = prevRegion;
                    flood.count = prevCount;
                    flood.hitRadius = prevRadius;
                    flood.hitVolume = prevVolume;
                    iterationLeak = true;
                    break;
                }
                lo = nlo;
                hi = nhi;
            }
        }
        GrowStatus status = flood.hitVolume ? GrowStatus.VOLUME_LIMIT : flood.hitRadius ? GrowStatus.RADIUS_LIMIT
                : iterationLeak ? GrowStatus.ITERATION_LEAK : GrowStatus.INTERVAL_BOUNDARY;
        // Post-processing runs on the region's bounding box plus a margin, not on the whole radius box.
        int margin = 1 + (int) Math.ceil(s.openingRadiusMm() / Math.min(sp[0], Math.min(sp[1], sp[2])));
        Box sub = tightBox(flood.region, box, margin, plane);
        boolean[] region = crop(flood.region, box, sub);
        int subSeed = sub.local(i, j, k);
        if (s.fillHoles()) {
            region = Morphology.fillHoles(region, sub.nx(), sub.ny(), sub.nz(), plane);
        }
        if (s.openingRadiusMm() > 0) {
            int before = count(region);
            boolean[] opened = Morphology.open(region, sub.nx(), sub.ny(), sub.nz(), sp, s.openingRadiusMm(), plane);
            region = Morphology.component(opened, sub.nx(), sub.ny(), sub.nz(), offs, subSeed);
            int after = count(region);
            if (after < 0.95 * before && status == GrowStatus.INTERVAL_BOUNDARY) status = GrowStatus.OPENING_CUT;
            if (s.fillHoles()) {
                region = Morphology.fillHoles(region, sub.nx(), sub.ny(), sub.nz(), plane);
            }
        }
        return new GrowResult(g, sub, region, count(region) * vox / 1000.0, lo, hi, status);
    }

    /** The bounding box (in image indices) of a box-local region, grown by margin voxels and clipped to the box. */
    private static Box tightBox(boolean[] region, Box b, int margin, boolean plane) {
        int nx = b.nx(), ny = b.ny(), nz = b.nz();
        int x0 = nx, y0 = ny, z0 = nz, x1 = -1, y1 = -1, z1 = -1;
        for (int z = 0, p = 0; z < nz; z++)
            for (int y = 0; y < ny; y++)
                for (int x = 0; x < nx; x++, p++) {
                    if (!region[p]) continue;
                    if (x < x0) x0 = x;
                    if (x > x1) x1 = x;
                    if (y < y0) y0 = y;
                    if (y > y1) y1 = y;
                    if (z < z0) z0 = z;
                    if (z > z1) z1 = z;
                }
        int mz = plane ? 0 : margin;
        x0 = Math.max(0, x0 - margin); y0 = Math.max(0, y0 - margin); z0 = Math.max(0, z0 - mz);
        x1 = Math.min(nx - 1, x1 + margin); y1 = Math.min(ny - 1, y1 + margin); z1 = Math.min(nz - 1, z1 + mz);
        return new Box(b.i0() + x0, b.j0() + y0, b.k0() + z0, x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1);
    }

    /** Copies the part of a box-local array that lies in sub (sub inside outer). */
    private static boolean[] crop(boolean[] m, Box outer, Box sub) {
        boolean[] out = new boolean[sub.count()];
        int p = 0;
        for (int z = 0; z < sub.nz(); z++)
            for (int y = 0; y < sub.ny(); y++) {
                int q = outer.local(sub.i0(), sub.j0() + y, sub.k0() + z);
                System.arraycopy(m, q, out, p, sub.nx());
                p += sub.nx();
            }
        return out;
    }

    static int count(boolean[] m) {
        int n = 0;
        for (boolean b : m) if (b) n++;
        return n;
    }

    /** Squared mm distance from the seed along each axis, and the squared radius limit, as one table per axis. */
    private static double[][] radiusTable(Box b, int si, int sj, int sk, double[] sp, double r) {
        double[] dx = new double[b.nx()], dy = new double[b.ny()], dz = new double[b.nz()];
        for (int x = 0; x < dx.length; x++) dx[x] = sq((b.i0() + x - si) * sp[0]);
        for (int y = 0; y < dy.length; y++) dy[y] = sq((b.j0() + y - sj) * sp[1]);
        for (int z = 0; z < dz.length; z++) dz[z] = sq((b.k0() + z - sk) * sp[2]);
        return new double[][] {dx, dy, dz, {r * r}};
    }

    private static double sq(double v) { return v * v; }

    /** Mean and SD (n - 1) of the (2r+1)^3 neighbourhood of the seed (in-slice in 2D), clipped to the box. */
    private static double[] neighbourhoodStats(float[] hu, Box b, int seed, int r, boolean plane) {
        int nx = b.nx(), ny = b.ny(), nz = b.nz();
        int x0 = seed % nx, y0 = (seed / nx) % ny, z0 = seed / (nx * ny);
        double s = 0, s2 = 0;
        int n = 0;
        int rz = plane ? 0 : r;
        for (int z = Math.max(0, z0 - rz); z <= Math.min(nz - 1, z0 + rz); z++)
            for (int y = Math.max(0, y0 - r); y <= Math.min(ny - 1, y0 + r); y++)
                for (int x = Math.max(0, x0 - r); x <= Math.min(nx - 1, x0 + r); x++) {
                    double v = hu[x + nx * (y + ny * z)];
                    s += v;
                    s2 += v * v;
                    n++;
                }
        return meanSd(s, s2, n);
    }

    private static double[] regionStats(float[] hu, boolean[] region) {
        double s = 0, s2 = 0;
        int n = 0;
        for (int p = 0; p < region.length; p++) {
            if (region[p]) { double v = hu[p]; s += v; s2 += v * v; n++; }
        }
        return meanSd(s, s2, n);
    }

    private static double[] meanSd(double s, double s2, int n) {
        double mean = s / n;
        double var = n > 1 ? Math.max(0, (s2 - n * mean * mean) / (n - 1)) : 0;
        return new double[] {mean, Math.sqrt(var)};
    }

    /** Queue flood fill within the box, the HU interval, the radius and the volume limit. */
    private static final class Flood {
        final float[] hu;
        final Box box;
        final int[][] offs;
        final double[][] rt;
        final int maxVoxels;
        final int[] queue;
        boolean[] region;
        int count;
        boolean hitRadius, hitVolume;

        Flood(float[] hu, Box box, int[][] offs, double[][] rt, int maxVoxels) {
            this.hu = hu; this.box = box; this.offs = offs; this.rt = rt; this.maxVoxels = maxVoxels;
            this.queue = new int[box.count()];
        }

        void run(int seed, double lo, double hi) {
            int nx = box.nx(), ny = box.ny(), nz = box.nz(), nxy = nx * ny;
            double[] dx = rt[0], dy = rt[1], dz = rt[2];
            double r2 = rt[3][0];
            region = new boolean[hu.length];
            hitRadius = hitVolume = false;
            int head = 0, tail = 0;
            queue[tail++] = seed;
            region[seed] = true;
            outer:
            while (head < tail) {
                int q = queue[head++];
                int z = q / nxy, rem = q - z * nxy, y = rem / nx, x = rem - y * nx;
                for (int[] o : offs) {
                    int a = x + o[0], b = y + o[1], c = z + o[2];
                    if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) continue;
                    int r = a + nx * b + nxy * c;
                    if (region[r]) continue;
                    float v = hu[r];
                    if (v < lo || v > hi) continue;
                    if (dx[a] + dy[b] + dz[c] > r2) { hitRadius = true; continue; }
                    if (tail >= maxVoxels) { hitVolume = true; break outer; }
                    region[r] = true;
                    queue[tail++] = r;
                }
            }
            count = tail;
        }
    }
}
