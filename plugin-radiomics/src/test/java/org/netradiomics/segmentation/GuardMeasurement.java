package org.netradiomics.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measurement (not a unit test) behind the leak-stop design in {@link RegionGrower}: every phantom case of
 * {@link Phantoms#CASES} over the noise seeds {@link Phantoms#SEEDS}, for several guard combinations; prints the
 * Dice range and volume error range per design and case. Arguments (optional): designs as
 * {@code name:edgeStopSd:leakGrowth:openingMm}. Run: {@code mvn -q -o -pl plugin-radiomics test-compile && java -cp
 * plugin-radiomics/target/classes:plugin-radiomics/target/test-classes org.netradiomics.segmentation.GuardMeasurement}
 */
public final class GuardMeasurement {
    private GuardMeasurement() {}

    /** Liver click of {@link LiverRegionGrowingTest} for f x opening x edge stop (arguments after "liver": f,opening,edge triples). */
    static void liver(String[] args) {
        org.netradiomics.volume.Volume ct = org.netradiomics.volume.io.NiftiReader.read(org.netradiomics.testing.SharedData.resolve("ct/abdomen_ct/nifti/ct_3mm.nii.gz"));
        org.netradiomics.volume.Mask liver = org.netradiomics.volume.Mask.fromLabel(org.netradiomics.volume.io.NiftiReader.read(
                org.netradiomics.testing.SharedData.resolve("ct/abdomen_ct/nifti/liver_3mm.nii.gz")), 1);
        int[] v = LiverRegionGrowingTest.deepestVoxel(liver);
        for (int a = 1; a < args.length; a++) {
            String[] p = args[a].split(",");
            GrowSettings s = GrowSettings.lesionDefaults().withAdaptive(Double.parseDouble(p[0]), 3)
                    .withGuards(150, 4000, Double.parseDouble(p[1])).withLeakStops(Double.parseDouble(p[2]), p.length > 3 ? Double.parseDouble(p[3]) : 1.5);
            GrowResult r = RegionGrower.grow(ct, v[0], v[1], v[2], s);
            System.out.printf(Locale.ROOT, "liver f %s opening %s edge %s leak %s: Dice %.3f, %.0f mL [%.0f, %.0f] %s%n", p[0], p[1], p[2],
                    p.length > 3 ? p[3] : "1.5", Phantoms.dice(r.mask(), liver), r.volumeMl(), r.lower(), r.upper(), r.status());
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("liver")) {
            liver(args);
            return;
        }
        List<String> designs = new ArrayList<>(List.of(args));
        if (designs.isEmpty()) {
            designs.addAll(List.of("none:0:0:0", "opening:0:0:2", "iteration+opening:0:1.5:2", "iteration:0:1.5:0",
                    "edge0.4+opening:0.4:0:2", "edge0.35:0.35:0:0", "edge0.45:0.45:0:0", "defaults:0.4:1.5:0"));
        }
        for (String d : designs) {
            String[] p = d.split(":");
            GrowSettings s = GrowSettings.lesionDefaults().withLeakStops(Double.parseDouble(p[1]), Double.parseDouble(p[2]))
                    .withGuards(40, 200, Double.parseDouble(p[3]));
            int pass = 0, n = 0;
            for (Phantoms.Case c : Phantoms.CASES) {
                if (System.getProperty("only") != null && !c.name().contains(System.getProperty("only"))) continue;
                double dMin = 1, dMax = 0, eMin = 1e9, eMax = -1e9;
                for (long seed = 1; seed <= Long.getLong("seeds", Phantoms.SEEDS.length); seed++) {
                    Phantoms.Outcome o = Phantoms.click(c, seed, s);
                    dMin = Math.min(dMin, o.dice());
                    dMax = Math.max(dMax, o.dice());
                    eMin = Math.min(eMin, o.volumeError());
                    eMax = Math.max(eMax, o.volumeError());
                    n++;
                    if (Boolean.getBoolean("verbose")) System.out.printf(Locale.ROOT, "    seed %d: Dice %.3f volume %+.1f%% [%.0f, %.0f] %s%n", seed,
                            o.dice(), 100 * o.volumeError(), o.result().lower(), o.result().upper(), o.result().status());
                    if (o.dice() >= 0.9 && Math.abs(o.volumeError()) < 0.05) pass++;
                }
                System.out.printf(Locale.ROOT, "%-28s | %-30s | Dice %.3f-%.3f | volume %+7.1f%% to %+7.1f%%%n", p[0], c.name(),
                        dMin, dMax, 100 * eMin, 100 * eMax);
            }
            System.out.printf(Locale.ROOT, "%-28s | pass %d / %d%n", p[0], pass, n);
        }
    }
}
