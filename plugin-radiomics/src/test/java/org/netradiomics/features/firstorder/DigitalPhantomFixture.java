package org.netradiomics.features.firstorder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.testing.SharedData;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** The IBSI digital phantom (full image, mask label 1) and its reference values, for the feature-family tests. */
public final class DigitalPhantomFixture {
    private DigitalPhantomFixture() { }

    /** The whole 5x4x4 phantom as ROI (intensity mask = morphological mask = label 1). */
    public static RoiImage roi() {
        Volume img = NiftiReader.read(SharedData.resolve("ibsi/digital_phantom/nifti/image/phantom.nii.gz"));
        Mask mask = Mask.fromLabel(NiftiReader.read(SharedData.resolve("ibsi/digital_phantom/nifti/mask/mask.nii.gz")), 1);
        return RoiImage.of(img.geometry(), img.voxels(), mask.inside());
    }

    /** The phantom's intensities are already grey levels 1..6. */
    public static DiscretisedImage levels(RoiImage roi) {
        int[] l = new int[roi.intensities().length];
        for (int i = 0; i < l.length; i++) l[i] = roi.intensityMask()[i] ? Math.round(roi.intensities()[i]) : 0;
        return new DiscretisedImage(roi.geometry(), l, 6);
    }

    /** Reference value and tolerance per tag with the given prefix (rows with a value only). */
    public static Map<String, double[]> references(String prefix) {
        Map<String, double[]> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(SharedData.resolve("ibsi/reference_values.csv"))) {
                // family names may hold quoted commas: value, tolerance and consensus are the last three fields
                String[] f = line.split(",", -1);
                int n = f.length;
                if (n < 7 || !f[0].equals("digital_phantom") || !f[1].startsWith(prefix) || f[n - 3].isBlank()) continue;
                double ref = Double.parseDouble(f[n - 3]);
                double tol = f[n - 2].isBlank() ? 0 : Double.parseDouble(f[n - 2]);
                out.put(f[1], new double[] {ref, Math.max(tol, roundingHalfUnit(f[n - 3]))});
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(!out.isEmpty(), "no reference values for " + prefix);
        return out;
    }

    /**
     * Reference values are printed to 3 significant digits: half a unit of the last printed digit
     * (e.g. 2.15 -> 0.005, 567 -> 0.5, 1490 -> 5, 0.0946 -> 0.00005).
     */
    static double roundingHalfUnit(String printed) {
        String t = printed.replace("-", "");
        int dot = t.indexOf('.');
        if (dot >= 0) {
            return 0.5 * Math.pow(10, -(t.length() - dot - 1));
        }
        // an integer printed from 3 significant digits (the manual's 1.49 x 10^3 appears as 1490): trailing zeros
        // beyond the third digit are not significant
        int trailing = 0;
        while (trailing < t.length() - 1 && t.charAt(t.length() - 1 - trailing) == '0') {
            trailing++;
        }
        return 0.5 * Math.pow(10, Math.max(0, Math.min(trailing, t.length() - 3)));
    }

    /** Asserts every referenced tag is present and within tolerance; returns the number of tags checked. */
    public static int assertAll(FeatureTable table, Map<String, double[]> refs) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, double[]> e : refs.entrySet()) {
            double v = table.get(e.getKey()), ref = e.getValue()[0], tol = e.getValue()[1];
            if (!(Math.abs(v - ref) <= tol + 1e-12)) {
                failures.add(e.getKey() + ": value " + v + ", reference " + ref + " +- " + tol);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + "/" + refs.size() + " out of tolerance:\n" + String.join("\n", failures));
        return refs.size();
    }
}
