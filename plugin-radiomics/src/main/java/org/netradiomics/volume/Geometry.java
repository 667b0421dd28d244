package org.netradiomics.volume;

import java.util.Arrays;

/**
 * The voxel grid of a volume: size, spacing (mm), origin (mm) and direction cosines, in the patient LPS frame used
 * by DICOM and ITK. Voxel (i, j, k) sits at {@code origin + D * diag(spacing) * (i, j, k)}, where the columns of the
 * direction matrix D are the unit vectors of the i, j and k axes. Immutable.
 */
public final class Geometry {
    private final int[] size;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;

    /**
     * @param size      number of voxels along i, j, k
     * @param spacing   voxel size in mm along i, j, k; each must be positive
     * @param origin    physical position (mm, LPS) of voxel (0, 0, 0)
     * @param direction 3x3 direction matrix, row-major; column c is the unit vector of axis c
     */
    public Geometry(int[] size, double[] spacing, double[] origin, double[] direction) {
        if (size.length != 3 || spacing.length != 3 || origin.length != 3 || direction.length != 9) {
            throw new IllegalArgumentException("a 3D geometry needs 3 sizes, 3 spacings, 3 origin coordinates and 9 direction cosines");
        }
        for (int a = 0; a < 3; a++) {
            if (size[a] < 1) {
                throw new InvalidInputException("image size along axis " + "xyz".charAt(a) + " is " + size[a] + "; it must be at least 1 voxel");
            }
            if (!(spacing[a] > 0) || Double.isInfinite(spacing[a])) {
                throw new InvalidInputException("voxel spacing along axis " + "xyz".charAt(a) + " is " + spacing[a] + " mm; spacing must be a positive number");
            }
        }
        if ((long) size[0] * size[1] * size[2] > Integer.MAX_VALUE - 8) {
            throw new InvalidInputException("image of " + size[0] + " x " + size[1] + " x " + size[2] + " voxels is too large (more than 2^31 voxels)");
        }
        this.size = size.clone();
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
    }

    /** An axis-aligned grid (identity direction). */
    public static Geometry of(int nx, int ny, int nz, double sx, double sy, double sz) {
        return new Geometry(new int[] {nx, ny, nz}, new double[] {sx, sy, sz}, new double[3], identityDirection());
    }

    public static double[] identityDirection() {
        return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    }

    public int nx() { return size[0]; }
    public int ny() { return size[1]; }
    public int nz() { return size[2]; }

    public int[] size() { return size.clone(); }
    public double[] spacing() { return spacing.clone(); }
    public double[] origin() { return origin.clone(); }
    public double[] direction() { return direction.clone(); }

    public int size(int axis) { return size[axis]; }
    public double spacing(int axis) { return spacing[axis]; }

    public int voxelCount() { return size[0] * size[1] * size[2]; }

    /** Linear index of voxel (i, j, k); i runs fastest. */
    public int index(int i, int j, int k) {
        return i + size[0] * (j + size[1] * k);
    }

    public boolean contains(int i, int j, int k) {
        return i >= 0 && j >= 0 && k >= 0 && i < size[0] && j < size[1] && k < size[2];
    }

    /** Volume of one voxel in mm^3. */
    public double voxelVolume() {
        return spacing[0] * spacing[1] * spacing[2];
    }

    /** Physical (LPS, mm) position of a continuous voxel index. */
    public double[] indexToPhysical(double i, double j, double k) {
        double[] p = new double[3];
        double[] v = {i * spacing[0], j * spacing[1], k * spacing[2]};
        for (int r = 0; r < 3; r++) {
            p[r] = origin[r] + direction[3 * r] * v[0] + direction[3 * r + 1] * v[1] + direction[3 * r + 2] * v[2];
        }
        return p;
    }

    /** Continuous voxel index of a physical (LPS, mm) position; inverse of {@link #indexToPhysical}. */
    public double[] physicalToIndex(double x, double y, double z) {
        double[] d = {x - origin[0], y - origin[1], z - origin[2]};
        double[] inv = Matrix3.inverse(direction);
        double[] idx = new double[3];
        for (int r = 0; r < 3; r++) {
            idx[r] = (inv[3 * r] * d[0] + inv[3 * r + 1] * d[1] + inv[3 * r + 2] * d[2]) / spacing[r];
        }
        return idx;
    }

    /** A grid with the same direction, new size, spacing and origin. */
    public Geometry with(int[] newSize, double[] newSpacing, double[] newOrigin) {
        return new Geometry(newSize, newSpacing, newOrigin, direction);
    }

    /**
     * True when both grids place the same voxels at the same positions, within {@code tolerance} relative to the
     * spacing (origin) and absolute (spacing, direction), as ITK's default coordinate tolerance does.
     */
    public boolean sameGrid(Geometry other, double tolerance) {
        if (!Arrays.equals(size, other.size)) {
            return false;
        }
        double minSpacing = Math.min(spacing[0], Math.min(spacing[1], spacing[2]));
        for (int a = 0; a < 3; a++) {
            if (Math.abs(spacing[a] - other.spacing[a]) > tolerance * spacing[a]) return false;
            if (Math.abs(origin[a] - other.origin[a]) > tolerance * minSpacing) return false;
        }
        for (int a = 0; a < 9; a++) {
            if (Math.abs(direction[a] - other.direction[a]) > tolerance) return false;
        }
        return true;
    }

    /** Describes how this grid differs from another, for error messages. */
    public String describeDifference(Geometry other) {
        StringBuilder b = new StringBuilder();
        if (!Arrays.equals(size, other.size)) {
            b.append("size ").append(Arrays.toString(size)).append(" vs ").append(Arrays.toString(other.size)).append("; ");
        }
        b.append("spacing ").append(Arrays.toString(spacing)).append(" vs ").append(Arrays.toString(other.spacing));
        b.append("; origin ").append(Arrays.toString(origin)).append(" vs ").append(Arrays.toString(other.origin));
        if (!Arrays.equals(direction, other.direction)) {
            b.append("; direction ").append(Arrays.toString(direction)).append(" vs ").append(Arrays.toString(other.direction));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "Geometry[size=" + Arrays.toString(size) + ", spacing=" + Arrays.toString(spacing)
                + ", origin=" + Arrays.toString(origin) + ", direction=" + Arrays.toString(direction) + "]";
    }
}
