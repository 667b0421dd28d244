package org.netradiomics.volume.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * Builds a CT-like phantom: air (-1000 HU) outside a body ellipse (axial), soft tissue and organs inside, lesions and
 * vessels painted with partial-volume edges (fraction of 4x4x4 sub-samples inside), then Gaussian noise from a
 * seeded generator. Shapes are painted in the order added. Deterministic for a given seed.
 */
public final class PhantomBuilder {
    private static final int SUB = 4;
    private final Geometry geometry;
    private final float[] hu;
    private final List<Mask> lesionTruths = new ArrayList<>();
    private double noiseSd;
    private long seed;

    /** A grid of nx x ny x nz voxels of spacing (sx, sy, sz) mm, origin 0, identity direction, filled with air. */
    public PhantomBuilder(int nx, int ny, int nz, double sx, double sy, double sz) {
        geometry = Geometry.of(nx, ny, nz, sx, sy, sz);
        hu = new float[geometry.voxelCount()];
        java.util.Arrays.fill(hu, -1000f);
    }

    public Geometry geometry() { return geometry; }

    /** Fills an axial body ellipse (semi-axes 45% of the field of view in x and y, all slices) with {@code tissueHu}. */
    public PhantomBuilder body(double tissueHu) {
        double ax = 0.45 * geometry.nx() * geometry.spacing(0), ay = 0.45 * geometry.ny() * geometry.spacing(1);
        double cx = 0.5 * (geometry.nx() - 1) * geometry.spacing(0), cy = 0.5 * (geometry.ny() - 1) * geometry.spacing(1);
        Shape.Ellipsoid section = new Shape.Ellipsoid(cx, cy, 0, ax, ay, 1, tissueHu);
        int nx = geometry.nx(), ny = geometry.ny(), nxy = nx * ny;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int inside = 0;
                for (int b = 0; b < SUB; b++)
                    for (int a = 0; a < SUB; a++)
                        if (section.contains((i + (a + 0.5) / SUB - 0.5) * geometry.spacing(0), (j + (b + 0.5) / SUB - 0.5) * geometry.spacing(1), 0)) inside++;
                if (inside == 0) continue;
                double f = inside / (double) (SUB * SUB);
                for (int k = 0, p = i + nx * j; k < geometry.nz(); k++, p += nxy) hu[p] = (float) ((1 - f) * hu[p] + f * tissueHu);
            }
        }
        return this;
    }

    /** Paints an organ or vessel (no truth mask recorded). */
    public PhantomBuilder structure(Shape s) { return paint(s, false); }

    /** Paints a lesion and records its truth mask (voxels at least half inside). */
    public PhantomBuilder lesion(Shape s) { return paint(s, true); }

    /** Gaussian noise of SD {@code sd} HU from generator seed {@code seed}, added at {@link #build}. */
    public PhantomBuilder noise(double sd, long seed) {
        this.noiseSd = sd;
        this.seed = seed;
        return this;
    }

    private PhantomBuilder paint(Shape s, boolean truth) {
        double[] b = s.bounds();
        int[] lo = new int[3], hi = new int[3];
        for (int a = 0; a < 3; a++) {
            lo[a] = Math.max(0, (int) Math.floor(b[a] / geometry.spacing(a)) - 1);
            hi[a] = Math.min(geometry.size(a) - 1, (int) Math.ceil(b[a + 3] / geometry.spacing(a)) + 1);
        }
        boolean[] mask = truth ? new boolean[hu.length] : null;
        double sx = geometry.spacing(0), sy = geometry.spacing(1), sz = geometry.spacing(2);
        for (int k = lo[2]; k <= hi[2]; k++)
            for (int j = lo[1]; j <= hi[1]; j++)
                for (int i = lo[0]; i <= hi[0]; i++) {
                    int inside = 0;
                    for (int c = 0; c < SUB; c++)
                        for (int bb = 0; bb < SUB; bb++)
                            for (int a = 0; a < SUB; a++) {
                                double x = (i + (a + 0.5) / SUB - 0.5) * sx;
                                double y = (j + (bb + 0.5) / SUB - 0.5) * sy;
                                double z = (k + (c + 0.5) / SUB - 0.5) * sz;
                                if (s.contains(x, y, z)) inside++;
                            }
                    if (inside == 0) continue;
                    double f = inside / (double) (SUB * SUB * SUB);
                    int p = geometry.index(i, j, k);
                    hu[p] = (float) ((1 - f) * hu[p] + f * s.hu());
                    if (truth && f >= 0.5) mask[p] = true;
                }
        if (truth) lesionTruths.add(new Mask(geometry, mask));
        return this;
    }

    /** The phantom image (noise added) and the truth mask of each lesion, in the order added. */
    public Phantom build() {
        return build(seed);
    }

    /** As {@link #build()} with another noise generator seed (the builder is not changed, so one painting serves many seeds). */
    public Phantom build(long noiseSeed) {
        float[] out = hu.clone();
        if (noiseSd > 0) {
            SplittableRandom rng = new SplittableRandom(noiseSeed);
            for (int p = 0; p < out.length; p++) {
                if (out[p] > -900) out[p] += (float) (noiseSd * rng.nextGaussian());
            }
        }
        return new Phantom(new Volume(geometry, out), List.copyOf(lesionTruths));
    }

    /** A built phantom: image and lesion truth masks. */
    public record Phantom(Volume image, List<Mask> lesions) {}
}
