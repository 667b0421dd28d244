package org.netradiomics.segmentation;

import java.util.Arrays;

import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape.Ellipsoid;

/**
 * Benchmark (not a unit test): one click on a synthetic 512 x 512 x 300 CT (0.7 x 0.7 x 1 mm) to a 5 cm (r 25 mm)
 * 120 HU lesion in 60 HU liver, default lesion settings; prints the median of 9 timed clicks after 3 warm-ups.
 * Run: {@code mvn -q -o -pl plugin-radiomics test-compile && java -cp plugin-radiomics/target/classes:plugin-radiomics/target/test-classes
 * org.netradiomics.segmentation.RegionGrowingBenchmark}
 */
public final class RegionGrowingBenchmark {
    private RegionGrowingBenchmark() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Ellipsoid lesion = Ellipsoid.sphere(180, 180, 150, 25, 120);
        PhantomBuilder.Phantom ph = new PhantomBuilder(512, 512, 300, 0.7, 0.7, 1.0)
                .body(40)
                .structure(new Ellipsoid(180, 180, 150, 110, 90, 100, 60))
                .lesion(lesion)
                .noise(12, 1)
                .build();
        System.out.printf("phantom built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        int[] v = Phantoms.voxel(ph.image().geometry(), 180, 180, 150);
        double[] ms = new double[9], full = new double[9];
        GrowResult r = null;
        for (int run = -3; run < ms.length; run++) {
            long s = System.nanoTime();
            r = RegionGrower.grow(ph.image(), v[0], v[1], v[2], GrowSettings.lesionDefaults());
            long m = System.nanoTime();
            r.mask();
            if (run >= 0) {
                ms[run] = (m - s) / 1e6;
                full[run] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(full);
        System.out.printf("one click including the full-grid Mask (78.6 M voxels): median %.1f ms%n", full[full.length / 2]);
        System.out.printf("one click (region in its box): median %.1f ms (min %.1f, max %.1f); %.2f mL vs %.2f mL true, Dice %.4f, %s%n", ms[ms.length / 2],
                ms[0], ms[ms.length - 1], r.volumeMl(), lesion.volumeMl(), Phantoms.dice(r.mask(), ph.lesions().get(0)), r.status());
    }
}
