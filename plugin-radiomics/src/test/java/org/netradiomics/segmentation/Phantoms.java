package org.netradiomics.segmentation;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape.Ellipsoid;
import org.netradiomics.volume.synthetic.Shape.Tube;

/**
 * The test phantoms and overlap measures shared by the segmentation tests. Every phantom has noise SD 12 HU; the noise
 * seed is a parameter (the painted phantom is built once per JVM and reused for every seed). Vessels are painted
 * before the lesions, so a lesion overlapping a vessel owns the overlap and its truth is the whole ellipsoid.
 */
final class Phantoms {
    private Phantoms() {}

    /** Noise SD of every phantom (HU). */
    static final double NOISE_SD = 12;
    /** The noise seeds every phantom case is measured and tested on. */
    static final long[] SEEDS = {1, 2, 3, 4, 5};

    private static final ConcurrentHashMap<String, PhantomBuilder> PAINTED = new ConcurrentHashMap<>();

    private static PhantomBuilder painted(String key, Supplier<PhantomBuilder> make) {
        return PAINTED.computeIfAbsent(key, x -> make.get().noise(NOISE_SD, 0));
    }

    /**
     * Portal-venous phase: 160 x 160 x 60 voxels of 0.8 x 0.8 x 1.5 mm, body 40 HU, liver 80 HU, portal vein 180 HU
     * (radius 5 mm along y at x = 85, z = 45 mm). Lesions: 0 = sphere r 12 mm at 40 HU (hypodense), 1 = ellipsoid
     * 14 x 10 x 8 mm at 130 HU, 2 = sphere r 9 mm at 130 HU whose centre is 12 mm from the vein axis (overlap 2 mm).
     */
    static PhantomBuilder.Phantom liverPhantom(long seed) {
        return painted("portal", () -> new PhantomBuilder(160, 160, 60, 0.8, 0.8, 1.5)
                .body(40)
                .structure(new Ellipsoid(64, 64, 45, 50, 45, 40, 80))
                .structure(new Tube(85, 20, 45, 85, 110, 45, 5, 180))
                .lesion(HYPODENSE)
                .lesion(ELLIPSOID)
                .lesion(ON_PORTAL_VEIN)).build(seed);
    }

    static final Ellipsoid HYPODENSE = Ellipsoid.sphere(40, 50, 45, 12, 40);
    static final Ellipsoid ELLIPSOID = new Ellipsoid(55, 95, 40, 14, 10, 8, 130);
    static final Ellipsoid ON_PORTAL_VEIN = Ellipsoid.sphere(73, 60, 45, 9, 130);

    /**
     * Overlapping intervals, same grid and liver as {@link #liverPhantom}: 0 = sphere r 9 mm at 125 HU whose centre is
     * 11.5 mm from the axis of a 150 HU vessel of radius 4 mm (overlap 1.5 mm; mean ± 2.5 SD of the lesion, [95, 155],
     * holds two thirds of the vessel voxels); 1 = sphere r 10 mm at 110 HU, only 30 HU (2.5 SD) above the liver, so
     * its interval [80, 140] holds half the liver voxels.
     */
    static PhantomBuilder.Phantom overlapPhantom(long seed) {
        return painted("overlap", () -> new PhantomBuilder(160, 160, 60, 0.8, 0.8, 1.5)
                .body(40)
                .structure(new Ellipsoid(64, 64, 45, 50, 45, 40, 80))
                .structure(new Tube(85, 20, 45, 85, 110, 45, 4, 150))
                .lesion(ON_150_VESSEL)
                .lesion(CLOSE_HU)).build(seed);
    }

    static final Ellipsoid ON_150_VESSEL = Ellipsoid.sphere(73.5, 60, 45, 9, 125);
    static final Ellipsoid CLOSE_HU = Ellipsoid.sphere(40, 75, 45, 10, 110);

    /**
     * Arterial phase, same grid: liver 70 HU, hepatic artery 280 HU of radius 2.5 mm (along y at x = 70, z = 45 mm),
     * lesion 0 = sphere r 8 mm at 140 HU whose centre is 9.5 mm from the artery axis (overlap 1 mm).
     */
    static PhantomBuilder.Phantom arterialPhantom(long seed) {
        return painted("arterial", () -> new PhantomBuilder(160, 160, 60, 0.8, 0.8, 1.5)
                .body(40)
                .structure(new Ellipsoid(64, 64, 45, 50, 45, 40, 70))
                .structure(new Tube(70, 20, 45, 70, 110, 45, 2.5, 280))
                .lesion(ON_ARTERY)).build(seed);
    }

    static final Ellipsoid ON_ARTERY = Ellipsoid.sphere(60.5, 60, 45, 8, 140);

    /** 100 x 100 x 20 voxels of 0.7 x 0.7 x 5 mm: a 15 mm-radius sphere at 40 HU in liver at 80 HU. */
    static PhantomBuilder.Phantom anisotropicPhantom(long seed) {
        return painted("aniso", () -> new PhantomBuilder(100, 100, 20, 0.7, 0.7, 5.0)
                .body(40)
                .structure(new Ellipsoid(35, 35, 50, 30, 30, 45, 80))
                .lesion(THICK_SLICES)).build(seed);
    }

    static final Ellipsoid THICK_SLICES = Ellipsoid.sphere(35, 35, 50, 15, 40);

    /** One test case: a phantom (by noise seed), the lesion index in it and its analytic shape (the click is its centre). */
    record Case(String name, java.util.function.LongFunction<PhantomBuilder.Phantom> phantom, int lesion, Ellipsoid shape) {}

    static final List<Case> CASES = List.of(
            new Case("hypodense 40 HU sphere", Phantoms::liverPhantom, 0, HYPODENSE),
            new Case("130 HU ellipsoid", Phantoms::liverPhantom, 1, ELLIPSOID),
            new Case("130 HU on 180 HU portal vein", Phantoms::liverPhantom, 2, ON_PORTAL_VEIN),
            new Case("125 HU on 150 HU vessel", Phantoms::overlapPhantom, 0, ON_150_VESSEL),
            new Case("110 HU in 80 HU liver", Phantoms::overlapPhantom, 1, CLOSE_HU),
            new Case("140 HU on 280 HU artery", Phantoms::arterialPhantom, 0, ON_ARTERY),
            new Case("5 mm slices 40 HU sphere", Phantoms::anisotropicPhantom, 0, THICK_SLICES));

    /** Dice and relative volume error of one click at the lesion centre, and the result. */
    record Outcome(double dice, double volumeError, GrowResult result) {}

    static Outcome click(Case c, long seed, GrowSettings s) {
        PhantomBuilder.Phantom ph = c.phantom().apply(seed);
        Ellipsoid e = c.shape();
        int[] v = voxel(ph.image().geometry(), e.cx(), e.cy(), e.cz());
        GrowResult r = RegionGrower.grow(ph.image(), v[0], v[1], v[2], s);
        return new Outcome(dice(r.mask(), ph.lesions().get(c.lesion())), (r.volumeMl() - e.volumeMl()) / e.volumeMl(), r);
    }

    /** Voxel index of a physical point (mm) on an axis-aligned, origin-0 grid. */
    static int[] voxel(Geometry g, double x, double y, double z) {
        return new int[] {(int) Math.round(x / g.spacing(0)), (int) Math.round(y / g.spacing(1)), (int) Math.round(z / g.spacing(2))};
    }

    /** Dice = 2|A∩B| / (|A| + |B|). */
    static double dice(Mask a, Mask b) {
        boolean[] x = a.inside(), y = b.inside();
        long both = 0, na = 0, nb = 0;
        for (int p = 0; p < x.length; p++) {
            if (x[p]) na++;
            if (y[p]) nb++;
            if (x[p] && y[p]) both++;
        }
        return 2.0 * both / (na + nb);
    }
}
