package org.netradiomics.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.netradiomics.stats.roc.CalibrationCurve;
import org.netradiomics.stats.roc.DecisionCurve;
import org.netradiomics.stats.survival.KaplanMeier;
import org.netradiomics.stats.survival.SurvivalData;

/** Plots: ROC points by hand, and each PNG written with its curve colour present. */
class PlotsTest {
    private static final Path OUT = Path.of("target", "plots");

    @Test
    void rocPointsByHand() {
        // scores 0.9 E, 0.8 n, 0.8 E, 0.3 n: thresholds 0.9 -> (0, 1/2); 0.8 (tie) -> (1/2, 1); 0.3 -> (1, 1)
        double[][] p = Plots.rocPoints(new boolean[] {true, false, true, false}, new double[] {0.9, 0.8, 0.8, 0.3});
        assertArrayEquals(new double[] {0, 0, 0.5, 1}, p[0], 1e-15);
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, p[1], 1e-15);
    }

    @Test
    void writesEveryPlot() throws Exception {
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        int n = 200;
        boolean[] y = new boolean[n];
        double[] p = new double[n];
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = r.nextDouble();
            y[i] = r.nextDouble() < p[i];
            t[i] = -Math.log(1 - r.nextDouble()) / (y[i] ? 0.2 : 0.05);
            e[i] = r.nextDouble() < 0.8;
        }
        Map<String, double[]> scores = new LinkedHashMap<>();
        scores.put("model", p);
        Plots.roc(OUT.resolve("roc.png"), y, scores);
        Plots.calibration(OUT.resolve("calibration.png"), CalibrationCurve.of(y, p, 10));
        Plots.decisionCurve(OUT.resolve("dca.png"), DecisionCurve.of(y, p, DecisionCurve.percentThresholds()));
        SurvivalData all = SurvivalData.of(t, e);
        int[] hi = java.util.stream.IntStream.range(0, n).filter(i -> y[i]).toArray();
        int[] lo = java.util.stream.IntStream.range(0, n).filter(i -> !y[i]).toArray();
        Map<String, KaplanMeier> km = new LinkedHashMap<>();
        km.put("high risk", KaplanMeier.fit(all.subset(hi)));
        km.put("low risk", KaplanMeier.fit(all.subset(lo)));
        Plots.kaplanMeier(OUT.resolve("km.png"), km, 1e-4, "months");
        for (String name : new String[] {"roc", "calibration", "dca", "km"}) {
            BufferedImage img = ImageIO.read(OUT.resolve(name + ".png").toFile());
            assertEquals(640, img.getWidth());
            assertTrue(countColour(img, Chart.PALETTE[0].getRGB()) > 100, name + ": first curve colour drawn");
        }
        BufferedImage km2 = ImageIO.read(OUT.resolve("km.png").toFile());
        assertTrue(countColour(km2, Chart.PALETTE[1].getRGB()) > 100, "second KM group drawn");
    }

    private static int countColour(BufferedImage img, int rgb) {
        int count = 0;
        for (int yy = 0; yy < img.getHeight(); yy++) {
            for (int xx = 0; xx < img.getWidth(); xx++) {
                count += (img.getRGB(xx, yy) & 0xffffff) == (rgb & 0xffffff) ? 1 : 0;
            }
        }
        return count;
    }
}
