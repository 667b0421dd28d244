package org.netradiomics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.netradiomics.segmentation.Connectivity;
import org.netradiomics.segmentation.GrowMode;
import org.netradiomics.segmentation.GrowResult;
import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.segmentation.RegionGrower;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** {@code segment}: one-click seeded region growing on a CT image; writes the mask and prints its volume in mL. */
public final class SegmentCommand implements Command {
    private static final String USAGE = "usage: netradiomics segment --image IMG [--series UID] --seed I,J,K [--mode adaptive|interval]"
            + " [--lower HU --upper HU] [--connectivity 6|18|26] [--slice-only yes] --out mask.nii.gz\n"
            + "  --slice-only yes grows on the seed's axial slice only (the max-area slice workflow of 2D studies)\n"
            + "  IMG: NIfTI file or DICOM CT folder; seed: 0-based voxel indices of the image as loaded (DICOM: column, row,"
            + " slice after sorting along the slice normal); the mask is written on the image grid (0/1, uint8)";

    @Override public String name() { return "segment"; }

    @Override public String summary() { return "grow a lesion mask from one clicked voxel (region growing in HU)"; }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String image = null, seed = null, mode = "adaptive", lower = null, upper = null, conn = "6", outPath = null, series = null;
        String sliceOnly = "no";
        for (int a = 0; a < args.length; a++) {
            String key = args[a];
            if (key.equals("-h") || key.equals("--help")) { out.println(USAGE); return 0; }
            if (a + 1 >= args.length) return usage(err, "option " + key + " needs a value");
            String val = args[++a];
            switch (key) {
                case "--image" -> image = val;
                case "--seed" -> seed = val;
                case "--mode" -> mode = val;
                case "--lower" -> lower = val;
                case "--upper" -> upper = val;
                case "--connectivity" -> conn = val;
                case "--out" -> outPath = val;
                case "--series" -> series = val;
                case "--slice-only" -> sliceOnly = val;
                default -> { return usage(err, "unknown option " + key); }
            }
        }
        if (image == null || seed == null || outPath == null) return usage(err, "--image, --seed and --out are required");
        if (!mode.equals("adaptive") && !mode.equals("interval")) return usage(err, "--mode must be adaptive or interval, not " + mode);
        if (mode.equals("interval") && (lower == null || upper == null)) return usage(err, "--mode interval needs --lower and --upper");
        if (mode.equals("adaptive") && (lower != null || upper != null)) return usage(err, "--lower/--upper only apply to --mode interval");
        if (!sliceOnly.equals("yes") && !sliceOnly.equals("no")) return usage(err, "--slice-only must be yes or no, not " + sliceOnly);
        int[] s;
        Connectivity c;
        GrowSettings settings;
        try {
            String[] parts = seed.split(",");
            if (parts.length != 3) return usage(err, "--seed must be I,J,K (three 0-based voxel indices), not " + seed);
            s = new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim())};
            c = Connectivity.of(Integer.parseInt(conn));
            settings = GrowSettings.lesionDefaults().withConnectivity(c);
            if (mode.equals("interval")) settings = settings.withMode(GrowMode.INTERVAL, Double.parseDouble(lower), Double.parseDouble(upper));
        } catch (NumberFormatException e) {
            return usage(err, "not a number: " + e.getMessage());
        } catch (InvalidInputException e) {
            return usage(err, e.getMessage());
        }
        try {
            Volume ct = ImageInput.read(image, series);
            GrowResult r = sliceOnly.equals("yes") ? RegionGrower.growSlice(ct, s[0], s[1], s[2], settings)
                    : RegionGrower.grow(ct, s[0], s[1], s[2], settings);
            writeMask(r.mask(), Path.of(outPath));
            out.printf(Locale.ROOT, "volume_ml=%.3f voxels=%d status=%s interval=[%.1f, %.1f]%n",
                    r.volumeMl(), r.mask().count(), r.status(), r.lower(), r.upper());
            return 0;
        } catch (InvalidInputException e) {
            err.println("segment: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("segment: cannot write " + outPath + ": " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("segment: " + problem);
        err.println(USAGE);
        return 2;
    }

    /** Writes a 0/1 uint8 NIfTI mask (shared writer, sform and qform). */
    static void writeMask(Mask m, Path path) throws IOException {
        org.netradiomics.volume.io.NiftiWriter.write(m, path);
    }
}
