package org.netradiomics.volume.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * Writes NIfTI-1 files (.nii, or gzip-compressed .nii.gz) with both the sform (code 1, scanner) and the qform (code 1,
 * quaternion with qfac for left-handed grids) set from the geometry, LPS converted to the RAS convention of NIfTI, so
 * that {@link NiftiReader}, ITK and 3D Slicer read the same grid. Images as float32, masks as uint8 0/1. The file is
 * written to a temporary name and moved into place.
 */
public final class NiftiWriter {
    private NiftiWriter() {}

    /** Writes an image as float32. */
    public static void write(Volume image, Path path) {
        float[] v = image.voxels();
        ByteBuffer data = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(v);
        write(image.geometry(), (short) 16, (short) 32, data.array(), path, true);
    }

    /** Writes a mask as uint8 (1 inside, 0 outside). */
    public static void write(Mask mask, Path path) {
        boolean[] in = mask.inside();
        byte[] data = new byte[in.length];
        for (int p = 0; p < in.length; p++) {
            data[p] = (byte) (in[p] ? 1 : 0);
        }
        write(mask.geometry(), (short) 2, (short) 8, data, path, true);
    }

    /** Writes a label image (values 0..255) as uint8, e.g. several lesions with labels 1, 2, 3. */
    public static void writeLabels(Geometry g, int[] labels, Path path) {
        byte[] data = new byte[labels.length];
        for (int p = 0; p < labels.length; p++) {
            if (labels[p] < 0 || labels[p] > 255) {
                throw new InvalidInputException("label " + labels[p] + " does not fit an 8-bit label image (0-255)");
            }
            data[p] = (byte) labels[p];
        }
        write(g, (short) 2, (short) 8, data, path, true);
    }

    static void write(Geometry g, short datatype, short bitpix, byte[] data, Path path, boolean withSform) {
        for (int a = 0; a < 3; a++) {
            if (g.size(a) > Short.MAX_VALUE) {
                throw new InvalidInputException("image too large for NIfTI-1 (a dimension exceeds 32767 voxels)");
            }
        }
        ByteBuffer h = ByteBuffer.allocate(352).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, 348);
        short[] dim = {3, (short) g.nx(), (short) g.ny(), (short) g.nz(), 1, 1, 1, 1};
        for (int d = 0; d < 8; d++) {
            h.putShort(40 + 2 * d, dim[d]);
        }
        h.putShort(70, datatype);
        h.putShort(72, bitpix);
        double[] dir = g.direction();
        double[] org = g.origin();
        // RAS rotation: flip the first two rows (LPS -> RAS)
        double[][] r = new double[3][3];
        for (int row = 0; row < 3; row++) {
            double flip = row < 2 ? -1 : 1;
            for (int col = 0; col < 3; col++) {
                r[row][col] = flip * dir[3 * row + col];
            }
        }
        double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1]) - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
        double qfac = det < 0 ? -1 : 1;
        float[] pixdim = {(float) qfac, (float) g.spacing(0), (float) g.spacing(1), (float) g.spacing(2), 1, 1, 1, 1};
        for (int d = 0; d < 8; d++) {
            h.putFloat(76 + 4 * d, pixdim[d]);
        }
        h.putFloat(108, 352f);
        h.putFloat(112, 1f);
        h.put(123, (byte) 2); // xyzt_units: mm
        h.putShort(252, (short) 1); // qform_code
        h.putShort(254, (short) (withSform ? 1 : 0)); // sform_code
        double[] q = quaternion(r, qfac);
        h.putFloat(256, (float) q[0]);
        h.putFloat(260, (float) q[1]);
        h.putFloat(264, (float) q[2]);
        for (int row = 0; row < 3; row++) {
            double flip = row < 2 ? -1 : 1;
            h.putFloat(268 + 4 * row, (float) (flip * org[row]));
            for (int col = 0; col < 3; col++) {
                h.putFloat(280 + 16 * row + 4 * col, (float) (r[row][col] * g.spacing(col)));
            }
            h.putFloat(280 + 16 * row + 12, (float) (flip * org[row]));
        }
        h.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        try {
            Path dirPath = path.toAbsolutePath().getParent();
            Files.createDirectories(dirPath);
            Path tmp = TemporaryFiles.beside(dirPath, ".nii.tmp");
            try (OutputStream raw = Files.newOutputStream(tmp);
                    OutputStream os = path.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                os.write(h.array());
                os.write(data);
            }
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + path + ": " + e.getMessage());
        }
    }

    /**
     * Quaternion (b, c, d) of a rotation (NIfTI-1 qform): with qfac = −1 the third column is negated first so the
     * matrix is a proper rotation.
     */
    static double[] quaternion(double[][] m, double qfac) {
        double r11 = m[0][0];
        double r12 = m[0][1];
        double r13 = qfac * m[0][2];
        double r21 = m[1][0];
        double r22 = m[1][1];
        double r23 = qfac * m[1][2];
        double r31 = m[2][0];
        double r32 = m[2][1];
        double r33 = qfac * m[2][2];
        double a = r11 + r22 + r33 + 1;
        double b;
        double c;
        double d;
        if (a > 0.5) {
            a = 0.5 * Math.sqrt(a);
            b = 0.25 * (r32 - r23) / a;
            c = 0.25 * (r13 - r31) / a;
            d = 0.25 * (r21 - r12) / a;
        } else {
            double xd = 1 + r11 - (r22 + r33);
            double yd = 1 + r22 - (r11 + r33);
            double zd = 1 + r33 - (r11 + r22);
            if (xd > 1) {
                b = 0.5 * Math.sqrt(xd);
                c = 0.25 * (r12 + r21) / b;
                d = 0.25 * (r13 + r31) / b;
                a = 0.25 * (r32 - r23) / b;
            } else if (yd > 1) {
                c = 0.5 * Math.sqrt(yd);
                b = 0.25 * (r12 + r21) / c;
                d = 0.25 * (r23 + r32) / c;
                a = 0.25 * (r13 - r31) / c;
            } else {
                d = 0.5 * Math.sqrt(zd);
                b = 0.25 * (r13 + r31) / d;
                c = 0.25 * (r23 + r32) / d;
                a = 0.25 * (r21 - r12) / d;
            }
            if (a < 0) {
                b = -b;
                c = -c;
                d = -d;
            }
        }
        return new double[] {b, c, d};
    }
}
