package org.netradiomics.volume.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;

/**
 * Reads NIfTI-1 and NIfTI-2 images ({@code .nii}, {@code .nii.gz}) into a {@link Volume} in the LPS frame, the
 * way ITK/SimpleITK do: spacing from pixdim, orientation from the sform (when its code is set) or else the qform,
 * RAS world coordinates flipped to LPS, scl_slope/scl_inter applied.
 */
public final class NiftiReader {
    private NiftiReader() {}

    public static Volume read(Path path) {
        byte[] bytes = readAllBytes(path);
        try {
            return parse(bytes, path.toString());
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new InvalidInputException("NIfTI file " + path + " is truncated: the header promises more data than the file holds", e);
        }
    }

    private static byte[] readAllBytes(Path path) {
        if (!Files.exists(path)) {
            throw new InvalidInputException("file not found: " + path);
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException("not a file: " + path);
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                    return in.readAllBytes();
                }
            }
            return raw.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("file not found: " + path, e);
        } catch (ZipException | EOFException e) {
            throw new InvalidInputException("cannot read " + path + ": the gzip stream is corrupt or truncated (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static Volume parse(byte[] bytes, String name) {
        if (bytes.length < 348) {
            throw new InvalidInputException(name + " is not a NIfTI image: only " + bytes.length + " bytes, a NIfTI header needs 348");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int sizeofHdr = b.getInt(0);
        if (sizeofHdr != 348 && sizeofHdr != 540) {
            b.order(ByteOrder.BIG_ENDIAN);
            sizeofHdr = b.getInt(0);
        }
        if (sizeofHdr == 348) {
            return parseNifti1(b, bytes.length, name);
        }
        if (sizeofHdr == 540) {
            return parseNifti2(b, bytes.length, name);
        }
        throw new InvalidInputException(name + " is not a NIfTI image: the header size field is neither 348 (NIfTI-1) nor 540 (NIfTI-2)");
    }

    private static Volume parseNifti1(ByteBuffer b, int length, String name) {
        String magic = new String(new byte[] {b.get(344), b.get(345), b.get(346)}, java.nio.charset.StandardCharsets.US_ASCII);
        if (!magic.equals("n+1") && !magic.equals("ni1")) {
            throw new InvalidInputException(name + " has a corrupt NIfTI-1 header: magic is '" + magic + "', expected 'n+1'");
        }
        if (magic.equals("ni1")) {
            throw new InvalidInputException(name + " is a two-file NIfTI (.hdr/.img); convert it to a single .nii or .nii.gz file");
        }
        long[] dim = new long[8];
        for (int i = 0; i < 8; i++) dim[i] = b.getShort(40 + 2 * i);
        int datatype = b.getShort(70);
        double[] pixdim = new double[8];
        for (int i = 0; i < 8; i++) pixdim[i] = b.getFloat(76 + 4 * i);
        long voxOffset = (long) b.getFloat(108);
        double sclSlope = b.getFloat(112);
        double sclInter = b.getFloat(116);
        int qformCode = b.getShort(252);
        int sformCode = b.getShort(254);
        double[] quatern = {b.getFloat(256), b.getFloat(260), b.getFloat(264)};
        double[] qoffset = {b.getFloat(268), b.getFloat(272), b.getFloat(276)};
        double[] srow = new double[12];
        for (int i = 0; i < 12; i++) srow[i] = b.getFloat(280 + 4 * i);
        return build(b, length, name, dim, datatype, pixdim, voxOffset, sclSlope, sclInter, qformCode, sformCode, quatern, qoffset, srow);
    }

    private static Volume parseNifti2(ByteBuffer b, int length, String name) {
        long[] dim = new long[8];
        int datatype = b.getShort(12);
        for (int i = 0; i < 8; i++) dim[i] = b.getLong(16 + 8 * i);
        double[] pixdim = new double[8];
        for (int i = 0; i < 8; i++) pixdim[i] = b.getDouble(104 + 8 * i);
        long voxOffset = b.getLong(168);
        double sclSlope = b.getDouble(176);
        double sclInter = b.getDouble(184);
        int qformCode = b.getInt(344);
        int sformCode = b.getInt(348);
        double[] quatern = {b.getDouble(352), b.getDouble(360), b.getDouble(368)};
        double[] qoffset = {b.getDouble(376), b.getDouble(384), b.getDouble(392)};
        double[] srow = new double[12];
        for (int i = 0; i < 12; i++) srow[i] = b.getDouble(400 + 8 * i);
        return build(b, length, name, dim, datatype, pixdim, voxOffset, sclSlope, sclInter, qformCode, sformCode, quatern, qoffset, srow);
    }

    private static Volume build(ByteBuffer b, int length, String name, long[] dim, int datatype, double[] pixdim,
                                long voxOffset, double sclSlope, double sclInter, int qformCode, int sformCode,
                                double[] quatern, double[] qoffset, double[] srow) {
        int ndim = (int) dim[0];
        if (ndim < 1 || ndim > 7) {
            throw new InvalidInputException(name + " has a corrupt NIfTI header: dim[0] = " + ndim + " (must be 1 to 7)");
        }
        int[] size = new int[3];
        for (int a = 0; a < 3; a++) {
            long n = a < ndim ? dim[a + 1] : 1;
            if (n < 1 || n > Integer.MAX_VALUE) {
                throw new InvalidInputException(name + " has a corrupt NIfTI header: dimension " + (a + 1) + " is " + n);
            }
            size[a] = (int) n;
        }
        for (int a = 4; a <= ndim; a++) {
            if (dim[a] > 1) {
                throw new InvalidInputException(name + " is a " + ndim + "D image with " + dim[a] + " volumes along dimension " + a
                        + "; a single 3D image is needed (split the series first)");
            }
        }
        double[] spacing = new double[3];
        for (int a = 0; a < 3; a++) {
            spacing[a] = a < ndim ? Math.abs(pixdim[a + 1]) : 1.0;
            if (spacing[a] == 0 && a >= ndim) spacing[a] = 1.0;
        }
        // NIfTI stores RAS; ITK flips x and y to LPS.
        double[] dirRas = new double[9];
        double[] originRas = new double[3];
        if (sformCode > 0) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    double s = spacing[c] > 0 ? spacing[c] : 1.0;
                    dirRas[3 * r + c] = srow[4 * r + c] / s;
                }
                originRas[r] = srow[4 * r + 3];
            }
            normaliseColumns(dirRas);
        } else if (qformCode > 0) {
            double qb = quatern[0], qc = quatern[1], qd = quatern[2];
            double qa = 1.0 - (qb * qb + qc * qc + qd * qd);
            if (qa < 1e-7) {
                double n = Math.sqrt(qb * qb + qc * qc + qd * qd);
                qb /= n; qc /= n; qd /= n; qa = 0;
            } else {
                qa = Math.sqrt(qa);
            }
            double qfac = pixdim[0] < 0 ? -1 : 1;
            double[] rot = {
                qa * qa + qb * qb - qc * qc - qd * qd, 2 * (qb * qc - qa * qd), 2 * (qb * qd + qa * qc),
                2 * (qb * qc + qa * qd), qa * qa + qc * qc - qb * qb - qd * qd, 2 * (qc * qd - qa * qb),
                2 * (qb * qd - qa * qc), 2 * (qc * qd + qa * qb), qa * qa + qd * qd - qc * qc - qb * qb};
            for (int r = 0; r < 3; r++) rot[3 * r + 2] *= qfac;
            dirRas = rot;
            originRas = qoffset.clone();
        } else {
            dirRas = Geometry.identityDirection();
        }
        double[] direction = dirRas.clone();
        double[] origin = originRas.clone();
        for (int c = 0; c < 3; c++) {
            direction[c] = -dirRas[c];
            direction[3 + c] = -dirRas[3 + c];
        }
        origin[0] = -originRas[0];
        origin[1] = -originRas[1];
        Geometry g;
        try {
            g = new Geometry(size, spacing, origin, direction);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name + ": " + e.getMessage(), e);
        }
        float[] voxels = new float[g.voxelCount()];
        int bytesPer = bytesPerVoxel(datatype, name);
        long needed = voxOffset + (long) bytesPer * voxels.length;
        if (needed > length) {
            throw new InvalidInputException(name + " is truncated: " + length + " bytes, the header needs " + needed);
        }
        b.position((int) voxOffset);
        boolean scale = sclSlope != 0 && !Double.isNaN(sclSlope) && !(sclSlope == 1 && sclInter == 0);
        for (int i = 0; i < voxels.length; i++) {
            double v = switch (datatype) {
                case 2 -> b.get() & 0xff;
                case 256 -> b.get();
                case 4 -> b.getShort();
                case 512 -> b.getShort() & 0xffff;
                case 8 -> b.getInt();
                case 768 -> b.getInt() & 0xffffffffL;
                case 1024 -> b.getLong();
                case 1280 -> b.getLong();
                case 16 -> b.getFloat();
                case 64 -> b.getDouble();
                default -> throw new IllegalStateException();
            };
            voxels[i] = (float) (scale ? v * sclSlope + sclInter : v);
        }
        return new Volume(g, voxels);
    }

    private static int bytesPerVoxel(int datatype, String name) {
        return switch (datatype) {
            case 2, 256 -> 1;
            case 4, 512 -> 2;
            case 8, 768, 16 -> 4;
            case 64, 1024, 1280 -> 8;
            default -> throw new InvalidInputException(name + " uses NIfTI datatype " + datatype
                    + ", which is not a scalar type this reader supports (uint8, int8, int16, uint16, int32, uint32, int64, float32, float64)");
        };
    }

    private static void normaliseColumns(double[] d) {
        for (int c = 0; c < 3; c++) {
            double n = Math.sqrt(d[c] * d[c] + d[3 + c] * d[3 + c] + d[6 + c] * d[6 + c]);
            if (n > 0) {
                d[c] /= n; d[3 + c] /= n; d[6 + c] /= n;
            }
        }
    }
}
