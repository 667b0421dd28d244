package org.netradiomics.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.netradiomics.segmentation.Connectivity;
import org.netradiomics.segmentation.GrowMode;
import org.netradiomics.segmentation.GrowResult;
import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.segmentation.RegionGrower;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** {@code segment}: one-click seeded region growing on a CT image; writes the mask and prints its volume in mL. */
public final class SegmentCommand implements Command {
    private static final String USAGE = "usage: netradiomics segment --image IMG --seed I,J,K [--mode adaptive|interval]"
            + " [--lower HU --upper HU] [--connectivity 6|18|26] --out mask.nii.gz\n"
            + "  IMG: NIfTI file or DICOM CT folder; seed: 0-based voxel indices of the image as loaded (DICOM: column, row,"
            + " slice after sorting along the slice normal); the mask is written on the image grid (0/1, uint8)";

    @Override public String name() { return "segment"; }

    @Override public String summary() { return "grow a lesion mask from one clicked voxel (region growing in HU)"; }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        String image = null, seed = null, mode = "adaptive", lower = null, upper = null, conn = "6", outPath = null;
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
                default -> { return usage(err, "unknown option " + key); }
            }
        }
        if (image == null || seed == null || outPath == null) return usage(err, "--image, --seed and --out are required");
        if (!mode.equals("adaptive") && !mode.equals("interval")) return usage(err, "--mode must be adaptive or interval, not " + mode);
        if (mode.equals("interval") && (lower == null || upper == null)) return usage(err, "--mode interval needs --lower and --upper");
        if (mode.equals("adaptive") && (lower != null || upper != null)) return usage(err, "--lower/--upper only apply to --mode interval");
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
            Volume ct = ImageInput.read(image);
            GrowResult r = RegionGrower.grow(ct, s[0], s[1], s[2], settings);
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

    /**
     * Minimal NIfTI-1 writer for a 0/1 uint8 mask (used until a shared NiftiWriter exists): sform (code 1, scanner)
     * from the grid, LPS flipped to RAS; gzip when the name ends in .gz.
     */
    static void writeMask(Mask m, Path path) throws IOException {
        Geometry g = m.geometry();
        ByteBuffer h = ByteBuffer.allocate(352).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, 348);
        short[] dim = {3, (short) g.nx(), (short) g.ny(), (short) g.nz(), 1, 1, 1, 1};
        if (g.nx() > Short.MAX_VALUE || g.ny() > Short.MAX_VALUE || g.nz() > Short.MAX_VALUE) {
            throw new InvalidInputException("image too large for NIfTI-1 (a dimension exceeds 32767)");
        }
        for (int d = 0; d < 8; d++) h.putShort(40 + 2 * d, dim[d]);
        h.putShort(70, (short) 2);   // datatype: unsigned char
        h.putShort(72, (short) 8);   // bitpix
        float[] pixdim = {1, (float) g.spacing(0), (float) g.spacing(1), (float) g.spacing(2), 1, 1, 1, 1};
        for (int d = 0; d < 8; d++) h.putFloat(76 + 4 * d, pixdim[d]);
        h.putFloat(108, 352f);       // vox_offset
        h.putFloat(112, 1f);         // scl_slope
        h.put(123, (byte) 2);        // xyzt_units: mm
        h.putShort(254, (short) 1);  // sform_code
        double[] dir = g.direction(), org = g.origin();
        for (int r = 0; r < 3; r++) {
            double flip = r < 2 ? -1 : 1; // LPS -> RAS
            for (int col = 0; col < 3; col++) h.putFloat(280 + 16 * r + 4 * col, (float) (flip * dir[3 * r + col] * g.spacing(col)));
            h.putFloat(280 + 16 * r + 12, (float) (flip * org[r]));
        }
        h.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        byte[] data = new byte[g.voxelCount()];
        boolean[] in = m.inside();
        for (int p = 0; p < data.length; p++) data[p] = (byte) (in[p] ? 1 : 0);
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(path);
             OutputStream os = path.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            os.write(h.array());
            os.write(data);
        }
    }
}
