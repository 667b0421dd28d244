package org.netradiomics.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.synthetic.PhantomBuilder.Phantom;

/**
 * One click at each lesion centre of the synthetic phantoms ({@link Phantoms#CASES}), over the noise seeds
 * {@link Phantoms#SEEDS}, compared with the painted truth (Dice) and the analytic volume 4/3·π·a·b·c (volume error).
 * The guard tests switch one guard off and show the leak it exists for; the measured table behind the defaults is in
 * {@link RegionGrower}.
 */
class PhantomRegionGrowingTest {

    static java.util.stream.Stream<Phantoms.Case> cases() { return Phantoms.CASES.stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPhantomOverFiveNoiseSeedsWithTheDefaults(Phantoms.Case c) {
        for (long seed : Phantoms.SEEDS) {
            Phantoms.Outcome o = Phantoms.click(c, seed, GrowSettings.lesionDefaults());
            System.out.printf("%s seed %d: dice %.4f, volume %+.2f%%, %s%n", c.name(), seed, o.dice(), 100 * o.volumeError(), o.result().status());
            assertTrue(o.dice() >= 0.9, c.name() + " seed " + seed + ": Dice " + o.dice());
            assertTrue(Math.abs(o.volumeError()) < 0.05, c.name() + " seed " + seed + ": volume error " + o.volumeError());
            assertEquals(o.result().mask().count() * c.phantom().apply(seed).image().geometry().voxelVolume() / 1000, o.result().volumeMl(), 1e-9);
        }
    }

    private static Phantoms.Case named(String prefix) {
        return Phantoms.CASES.stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void edgeStopHoldsTheLesionOffTheTouching150HuVessel() {
        // Overlapping intervals: the lesion's [95, 155] HU holds two thirds of the 150 HU vessel's voxels. Without the
        // edge stop (iteration guard on, no opening) the region runs along the vessel: measured Dice 0.47-0.59, volume
        // +133% to +225% over seeds 1-5; with it Dice 0.958-0.967, -2.5% to +1.4% over seeds 1-20.
        Phantoms.Case c = named("125 HU on 150 HU vessel");
        for (long seed : Phantoms.SEEDS) {
            Phantoms.Outcome off = Phantoms.click(c, seed, GrowSettings.lesionDefaults().withLeakStops(0, 1.5));
            assertTrue(off.volumeError() > 0.2, "seed " + seed + ": leak expected without the edge stop, volume error " + off.volumeError());
            Phantoms.Outcome on = Phantoms.click(c, seed, GrowSettings.lesionDefaults());
            assertTrue(Math.abs(on.volumeError()) < 0.05, "seed " + seed + ": " + on.volumeError());
        }
    }

    @Test
    void edgeStopHoldsACloseHuLesionOutOfTheLiver() {
        // 110 HU lesion in 80 HU liver: the interval [80, 140] HU holds half the liver voxels; without the edge stop the
        // region floods the liver or the iteration guard falls back to a fragment (measured Dice 0.00-0.46, volume -100%
        // to +1952%); with it Dice 0.953-0.959, -1.3% to +1.9%.
        Phantoms.Case c = named("110 HU in 80 HU liver");
        for (long seed : Phantoms.SEEDS) {
            Phantoms.Outcome off = Phantoms.click(c, seed, GrowSettings.lesionDefaults().withLeakStops(0, 1.5));
            assertTrue(off.dice() < 0.5, "seed " + seed + ": failure expected without the edge stop, Dice " + off.dice());
            Phantoms.Outcome on = Phantoms.click(c, seed, GrowSettings.lesionDefaults());
            assertTrue(on.dice() >= 0.9 && Math.abs(on.volumeError()) < 0.05, "seed " + seed + ": " + on.volumeError());
        }
    }

    @Test
    void iterationLeakGuardStopsRunawayOnHypodenseLesionWithoutTheEdgeStop() {
        // Edge stop off, 2 mm opening (the previous design): the re-estimated interval widens to take the 80 HU liver
        // and floods it (measured Dice 0.07, volume +2509% to +2761%); the iteration guard keeps the first interval
        // (Dice 0.969-0.977, -0.9% to +5.7%).
        Phantoms.Case c = named("hypodense");
        for (long seed : Phantoms.SEEDS) {
            Phantoms.Outcome off = Phantoms.click(c, seed, GrowSettings.lesionDefaults().withLeakStops(0, 0).withGuards(40, 200, 2));
            assertTrue(off.volumeError() > 1, "seed " + seed + ": flood expected, volume error " + off.volumeError());
            Phantoms.Outcome on = Phantoms.click(c, seed, GrowSettings.lesionDefaults().withLeakStops(0, 1.5).withGuards(40, 200, 2));
            assertTrue(on.result().upper() < 80, "upper bound must stay below liver HU, was " + on.result().upper());
            assertTrue(Math.abs(on.volumeError()) < 0.1, "seed " + seed + ": " + on.volumeError());
        }
    }

    @Test
    void openingCutsTheLeakOnThickSlicesWithoutTheEdgeStop() {
        // 5 mm slices, edge stop off, iteration guard on: without the opening the sphere leaks through noisy liver
        // voxels (measured +23% to +583%); a 2 mm opening cuts those bridges (-6.9% to +4.6%).
        Phantoms.Case c = named("5 mm slices");
        for (long seed : Phantoms.SEEDS) {
            Phantoms.Outcome off = Phantoms.click(c, seed, GrowSettings.lesionDefaults().withLeakStops(0, 1.5));
            assertTrue(off.volumeError() > 0.2, "seed " + seed + ": leak expected without the opening, volume error " + off.volumeError());
            Phantoms.Outcome on = Phantoms.click(c, seed, GrowSettings.lesionDefaults().withLeakStops(0, 1.5).withGuards(40, 200, 2));
            assertTrue(on.dice() >= 0.9 && Math.abs(on.volumeError()) < 0.1, "seed " + seed + ": Dice " + on.dice() + ", " + on.volumeError());
        }
    }

    @Test
    void fixedIntervalOnHyperenhancingLesion() {
        // 130 HU lesion, noise SD 12: [95, 165] is mean ± 2.9 SD, above the 80 HU liver; the 180 HU vein it overlaps
        // has a tenth of its voxels below 165, which the edge stop keeps out.
        Phantoms.Case c = named("130 HU on 180 HU portal vein");
        for (long seed : Phantoms.SEEDS) {
            Phantoms.Outcome o = Phantoms.click(c, seed, GrowSettings.interval(95, 165));
            assertTrue(o.dice() >= 0.9, "Dice " + o.dice());
            assertTrue(Math.abs(o.volumeError()) < 0.05, "volume error " + o.volumeError());
        }
    }

    @Test
    void sliceModeOnTheMaxAreaSlice() {
        // Central slice of the 12 mm hypodense sphere (z = 45 mm = slice 30 at 1.5 mm): compared in-slice with the
        // truth; the truth disc has area pi * 12^2 = 452 mm^2 (707 voxels of 0.64 mm^2).
        for (long seed : Phantoms.SEEDS) {
            Phantom ph = Phantoms.liverPhantom(seed);
            int[] v = Phantoms.voxel(ph.image().geometry(), 40, 50, 45);
            GrowResult r = RegionGrower.growSlice(ph.image(), v[0], v[1], v[2], GrowSettings.lesionDefaults());
            Mask truth = ph.lesions().get(0);
            int both = 0, a = 0, b = 0;
            for (int j = 0; j < 160; j++)
                for (int i = 0; i < 160; i++) {
                    boolean x = r.mask().get(i, j, v[2]), y = truth.get(i, j, v[2]);
                    if (x) a++;
                    if (y) b++;
                    if (x && y) both++;
                }
            assertEquals(a, r.mask().count(), "2D mode must stay on the clicked slice");
            double dice = 2.0 * both / (a + b);
            double areaMm2 = a * 0.64;
            System.out.printf("2D seed %d: dice %.4f, area %.0f mm2 vs %.0f mm2%n", seed, dice, areaMm2, Math.PI * 144);
            assertTrue(dice >= 0.9, "Dice " + dice);
            assertEquals(Math.PI * 144, areaMm2, 0.05 * Math.PI * 144);
        }
    }

    @Test
    void tubeReallyOverlapsTheLesions() {
        // Contact, not a gap: lesion voxels that are face neighbours of vessel voxels (at least half inside each shape).
        for (String name : new String[] {"130 HU on 180 HU portal vein", "125 HU on 150 HU vessel", "140 HU on 280 HU artery"}) {
            Phantoms.Case c = named(name);
            Phantom ph = c.phantom().apply(1);
            var g = ph.image().geometry();
            Mask truth = ph.lesions().get(c.lesion());
            double tubeHu = name.contains("180") ? 180 : name.contains("150") ? 150 : 280;
            int contact = 0;
            for (int k = 0; k < g.nz(); k++)
                for (int j = 0; j < g.ny(); j++)
                    for (int i = 1; i < g.nx() - 1; i++) {
                        if (!truth.get(i, j, k)) continue;
                        double x = i * g.spacing(0), y = j * g.spacing(1), z = k * g.spacing(2);
                        // nearest vessel axis point: the vessels run along y at z = 45 mm
                        double ax = name.contains("280") ? 70 : 85, rr = name.contains("180") ? 5 : name.contains("150") ? 4 : 2.5;
                        double dxp = x + g.spacing(0) - ax, dxm = x - g.spacing(0) - ax, dz = z - 45;
                        if (dxp * dxp + dz * dz <= rr * rr || dxm * dxm + dz * dz <= rr * rr) contact++;
                    }
            assertTrue(contact > 20, name + ": " + contact + " lesion voxels with a vessel face neighbour (" + tubeHu + " HU)");
        }
    }

    @Test
    void deterministic() {
        Phantom a = Phantoms.liverPhantom(3), b = Phantoms.liverPhantom(3);
        assertTrue(java.util.Arrays.equals(a.image().voxels(), b.image().voxels()));
        int[] v = Phantoms.voxel(a.image().geometry(), Phantoms.ELLIPSOID.cx(), Phantoms.ELLIPSOID.cy(), Phantoms.ELLIPSOID.cz());
        GrowResult r1 = RegionGrower.grow(a.image(), v[0], v[1], v[2], GrowSettings.lesionDefaults());
        GrowResult r2 = RegionGrower.grow(b.image(), v[0], v[1], v[2], GrowSettings.lesionDefaults());
        assertTrue(java.util.Arrays.equals(r1.mask().inside(), r2.mask().inside()));
    }
}
