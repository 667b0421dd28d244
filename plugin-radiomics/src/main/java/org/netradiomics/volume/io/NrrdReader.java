package org.netradiomics.volume.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;

/**
 * Reads NRRD images (.nrrd with attached data, .nhdr with a detached data file; raw or gzip encoding; int8 to
 * float64, either endianness) into a {@link Volume} in LPS: spacing and direction cosines from {@code space
 * directions}, origin from {@code space origin}, RAS spaces converted. A 4D file whose first axis is not spatial (3D
 * Slicer's multi-layer segmentation) is read layer by layer through {@link #readLayers}.
 */
public final class NrrdReader {
    private NrrdReader() {}

    /** Reads a 3D image (a 4D file must have a single layer). */
    public static Volume read(Path path) {
        List<Volume> layers = readLayers(path).layers();
        if (layers.size() != 1) {
            throw new InvalidInputException(path.getFileName() + " has " + layers.size() + " layers; read it as a "
                    + "segmentation");
        }
        return layers.get(0);
    }

    /** The header key/value pairs and the 3D layers of a 3D or 4D (layers first) NRRD. */
    public record Layers(java.util.Map<String, String> keyValues, List<Volume> layers) {}

    /** Reads every layer. */
    public static Layers readLayers(Path path) {
        String name = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("image file not found: " + path);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + path + ": " + e.getMessage());
        }
        NrrdHeader h = NrrdHeader.parse(bytes, name);
        int dimension = Integer.parseInt(h.require("dimension", name));
        String[] sizeText = h.require("sizes", name).split("\\s+");
        if (dimension < 3 || dimension > 4 || sizeText.length != dimension) {
            throw new InvalidInputException(name + ": only 3D images and 4D layered segmentations are supported "
                    + "(dimension " + dimension + ")");
        }
        int[] sizes = new int[dimension];
        for (int a = 0; a < dimension; a++) {
            sizes[a] = Integer.parseInt(sizeText[a]);
        }
        int layers = dimension == 4 ? sizes[0] : 1;
        int[] size = dimension == 4 ? new int[] {sizes[1], sizes[2], sizes[3]} : sizes;
        List<double[]> dirs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^)]*)\\)|none")
                .matcher(h.require("space directions", name));
        while (m.find()) {
            dirs.add(m.group(1) == null ? null : NrrdHeader.vector("(" + m.group(1) + ")", name));
        }
        dirs.removeIf(java.util.Objects::isNull);
        if (dirs.size() != 3) {
            throw new InvalidInputException(name + ": 'space directions' must give three spatial axes");
        }
        String space = h.fields().getOrDefault("space", "left-posterior-superior").toLowerCase(Locale.ROOT);
        boolean ras = space.equals("right-anterior-superior") || space.equals("ras");
        if (!ras && !space.equals("left-posterior-superior") && !space.equals("lps")) {
            throw new InvalidInputException(name + ": space '" + space + "' is not supported (use LPS or RAS)");
        }
        double[] origin = h.fields().containsKey("space origin") ? NrrdHeader.vector(h.fields().get("space origin"), name)
                : new double[3];
        double[] spacing = new double[3];
        double[] direction = new double[9];
        for (int c = 0; c < 3; c++) {
            double[] d = dirs.get(c).clone();
            if (ras) {
                d[0] = -d[0];
                d[1] = -d[1];
            }
            spacing[c] = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            for (int r = 0; r < 3; r++) {
                direction[3 * r + c] = d[r] / spacing[c];
            }
        }
        if (ras) {
            origin = new double[] {-origin[0], -origin[1], origin[2]};
        }
        Geometry g = new Geometry(size, spacing, origin, direction);
        ByteBuffer data = ByteBuffer.wrap(data(h, bytes, path, name));
        data.order(h.fields().getOrDefault("endian", "little").equals("big") ? ByteOrder.BIG_ENDIAN
                : ByteOrder.LITTLE_ENDIAN);
        String type = normaliseType(h.require("type", name), name);
        long voxels = (long) g.voxelCount() * layers;
        if (data.remaining() < voxels * bytesPer(type)) {
            throw new InvalidInputException(name + ": data is truncated (" + data.remaining() + " bytes for " + voxels
                    + " voxels of " + type + ")");
        }
        float[][] values = new float[layers][g.voxelCount()];
        for (int v = 0; v < g.voxelCount(); v++) {
            for (int l = 0; l < layers; l++) {
                values[l][v] = (float) value(data, type);
            }
        }
        List<Volume> out = new ArrayList<>();
        for (float[] v : values) {
            out.add(new Volume(g, v));
        }
        return new Layers(h.keyValues(), out);
    }

    private static byte[] data(NrrdHeader h, byte[] bytes, Path path, String name) {
        String encoding = h.fields().getOrDefault("encoding", "raw").toLowerCase(Locale.ROOT);
        byte[] raw;
        String file = h.fields().containsKey("data file") ? h.fields().get("data file")
                : h.fields().get("datafile");
        try {
            if (file != null) {
                raw = Files.readAllBytes(path.toAbsolutePath().resolveSibling(file));
            } else {
                raw = java.util.Arrays.copyOfRange(bytes, h.dataOffset(), bytes.length);
            }
            return switch (encoding) {
                case "raw" -> raw;
                case "gzip", "gz" -> {
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                        yield in.readAllBytes();
                    }
                }
                default -> throw new InvalidInputException(name + ": encoding '" + encoding + "' is not supported "
                        + "(raw or gzip)");
            };
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name + ": detached data file not found: " + e.getFile());
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot read the data (" + e.getMessage() + ")");
        }
    }

    static String normaliseType(String t, String name) {
        return switch (t.toLowerCase(Locale.ROOT).strip()) {
            case "signed char", "int8", "int8_t" -> "int8";
            case "uchar", "unsigned char", "uint8", "uint8_t" -> "uint8";
            case "short", "short int", "signed short", "signed short int", "int16", "int16_t" -> "int16";
            case "ushort", "unsigned short", "unsigned short int", "uint16", "uint16_t" -> "uint16";
            case "int", "signed int", "int32", "int32_t" -> "int32";
            case "uint", "unsigned int", "uint32", "uint32_t" -> "uint32";
            case "float" -> "float";
            case "double" -> "double";
            default -> throw new InvalidInputException(name + ": voxel type '" + t + "' is not supported");
        };
    }

    private static int bytesPer(String type) {
        return switch (type) {
            case "int8", "uint8" -> 1;
            case "int16", "uint16" -> 2;
            case "int32", "uint32", "float" -> 4;
            default -> 8;
        };
    }

    private static double value(ByteBuffer b, String type) {
        return switch (type) {
            case "int8" -> b.get();
            case "uint8" -> b.get() & 0xff;
            case "int16" -> b.getShort();
            case "uint16" -> b.getShort() & 0xffff;
            case "int32" -> b.getInt();
            case "uint32" -> b.getInt() & 0xffffffffL;
            case "float" -> b.getFloat();
            default -> b.getDouble();
        };
    }
}
