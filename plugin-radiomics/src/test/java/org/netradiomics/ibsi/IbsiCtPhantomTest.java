package org.netradiomics.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.testing.SharedData;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** CT phantom configurations A and B against the IBSI consensus values, one dynamic test per reference tag. */
class IbsiCtPhantomTest {

    /** Every IBSI family; reference tags that none produces are counted and printed (there should be none). */
    private static final List<FeatureFamily> FAMILIES = IbsiFamilies.all();

    /**
     * Tags outside the IBSI tolerance, to be reported in the README and here held to 2% only: none. (Configuration
     * B's five mesh ratios comp_1, comp_2, sphericity, asphericity and vol_dens_conv_hull were 0.3-1.5% off until
     * SurfaceMesh triangulated polygons towards the side with fewer cube corners; see its class doc.)
     */
    private static final java.util.Set<String> KNOWN_DEVIATIONS = java.util.Set.of();

    private record Reference(String dataset, String tag, double value, double tolerance, String printed) {
    }

    private static List<Reference> references(String dataset) throws IOException {
        List<Reference> out = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.resolve("ibsi/reference_values.csv"))) {
            // feature names may contain quoted commas: value, tolerance and teams are the last three fields
            String[] f = line.split(",");
            int n = f.length;
            if (n >= 6 && f[0].equals(dataset) && !f[n - 3].isBlank()) {
                out.add(new Reference(f[0], f[1], Double.parseDouble(f[n - 3]), Double.parseDouble(f[n - 2]),
                        f[n - 3]));
            }
        }
        return out;
    }

    private static Volume rounded(Volume v) {
        float[] x = v.voxels().clone();
        for (int i = 0; i < x.length; i++) x[i] = (float) Math.rint(x[i]);
        return new Volume(v.geometry(), x);
    }

    private Stream<DynamicTest> run(IbsiConfiguration config) throws IOException {
        List<Reference> refs = references(config.dataset());
        assertTrue(refs.size() > 100, "reference rows for " + config.dataset());
        // data README: the CT phantom NIfTI is stored as float and must be rounded to the nearest integer
        Volume image = rounded(NiftiReader.read(SharedData.resolve("ibsi/ct_phantom/nifti/image/phantom.nii.gz")));
        Mask mask = Mask.fromLabel(NiftiReader.read(SharedData.resolve("ibsi/ct_phantom/nifti/mask/mask.nii.gz")), 1);
        FeatureTable table = IbsiRunner.run(config, image, mask, FAMILIES);
        long pending = refs.stream().filter(r -> !table.contains(r.tag())).count();
        System.out.println(config.dataset() + ": " + (refs.size() - pending) + " reference tags checked, " + pending
                + " not yet produced by any wired feature family");
        long within = refs.stream().filter(r -> table.contains(r.tag()) && Math.abs(table.get(r.tag()) - r.value())
                <= r.tolerance() + 0.5 * printedResolution(r.printed())).count();
        System.out.println(config.dataset() + ": " + within + "/" + refs.size() + " within IBSI tolerance");
        return refs.stream().filter(r -> table.contains(r.tag())).map(r -> DynamicTest.dynamicTest(
                r.dataset() + " " + r.tag(), () -> {
                    // IBSI: a value matches when |value - reference| <= tolerance; plus half the last significant
                    // digit of the printed reference (0.977 mm for 0.9765625 mm, -266 HU for -266.47 HU)
                    double margin = r.tolerance() + 0.5 * printedResolution(r.printed());
                    double value = table.get(r.tag());
                    if (KNOWN_DEVIATIONS.contains(r.dataset() + "," + r.tag())) {
                        System.out.printf("KNOWN DEVIATION %s %s: %.5g, reference %s +- %.3g (%.2f%% off)%n",
                                r.dataset(), r.tag(), value, r.printed(), margin,
                                100 * (value - r.value()) / r.value());
                        assertEquals(r.value(), value, 0.02 * Math.abs(r.value()), r.tag() + " (known deviation)");
                        return;
                    }
                    assertEquals(r.value(), value, margin, r.tag());
                }));
    }

    /**
     * Unit of the last significant digit of a reference value; IBSI tables print at least three significant digits
     * ("0.977" -> 0.001, "-266" -> 1, "125256" -> 1, "1490" -> 10).
     */
    private static double printedResolution(String printed) {
        String s = printed.trim().toLowerCase();
        double v = Double.parseDouble(s);
        if (v == 0 || s.contains("e")) return 0;
        String digits = s.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
        if (!s.contains(".")) {
            // an integer printed from 3 significant digits (1.49 x 10^3 appears as 1490): trailing zeros are padding
            digits = digits.replaceFirst("0+$", "");
        }
        int significant = Math.max(3, digits.length());
        return Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - (significant - 1));
    }

    @TestFactory
    Stream<DynamicTest> configA() throws IOException {
        return run(IbsiConfiguration.A);
    }

    @TestFactory
    Stream<DynamicTest> configB() throws IOException {
        return run(IbsiConfiguration.B);
    }
}
