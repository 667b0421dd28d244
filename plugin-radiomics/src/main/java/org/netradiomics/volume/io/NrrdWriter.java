package org.netradiomics.volume.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;

/**
 * Writes NRRD files with attached, gzip-encoded data in the left-posterior-superior space (as 3D Slicer writes them):
 * images as float, label images as uint8, with optional key/value pairs (used for .seg.nrrd segment metadata).
 */
public final class NrrdWriter {
    private NrrdWriter() {}

    /** Writes an image as float. */
    public static void write(Volume image, Path path) {
        float[] v = image.voxels();
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        write(image.geometry(), "float", b.array(), Map.of(), path);
    }

    /** Writes uint8 labels with key/value pairs. */
    public static void writeLabels(Geometry g, byte[] labels, Map<String, String> keyValues, Path path) {
        write(g, "uint8", labels, keyValues, path);
    }

    static void write(Geometry g, String type, byte[] data, Map<String, String> keyValues, Path path) {
        StringBuilder h = new StringBuilder("NRRD0004\n# written by NETRadiomics\n");
        h.append("type: ").append(type).append('\n');
        h.append("dimension: 3\nspace: left-posterior-superior\n");
        h.append("sizes: ").append(g.nx()).append(' ').append(g.ny()).append(' ').append(g.nz()).append('\n');
        double[] d = g.direction();
        h.append("space directions:");
        for (int c = 0; c < 3; c++) {
            h.append(String.format(Locale.ROOT, " (%.17g,%.17g,%.17g)", d[c] * g.spacing(c), d[3 + c] * g.spacing(c),
                    d[6 + c] * g.spacing(c)));
        }
        h.append("\nkinds: domain domain domain\nendian: little\nencoding: gzip\n");
        double[] o = g.origin();
        h.append(String.format(Locale.ROOT, "space origin: (%.17g,%.17g,%.17g)%n", o[0], o[1], o[2]));
        keyValues.forEach((k, v) -> h.append(k).append(":=").append(v).append('\n'));
        h.append('\n');
        try {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (OutputStream os = new GZIPOutputStream(gz, 1 << 16)) {
                os.write(data);
            }
            Path dir = path.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = TemporaryFiles.beside(dir, ".nrrd.tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                os.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
                gz.writeTo(os);
            }
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + path + ": " + e.getMessage());
        }
    }
}
