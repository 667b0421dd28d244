package org.netradiomics.volume;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * A binary region of interest on a {@link Geometry} (true = inside). Built from a label image with
 * {@link #fromLabel}, which names the labels present when the requested one is missing.
 */
public final class Mask {
    private final Geometry geometry;
    private final boolean[] inside;

    public Mask(Geometry geometry, boolean[] inside) {
        if (inside.length != geometry.voxelCount()) {
            throw new IllegalArgumentException("mask array has " + inside.length + " values, geometry needs " + geometry.voxelCount());
        }
        this.geometry = geometry;
        this.inside = inside;
    }

    /** An empty mask on the given grid. */
    public static Mask empty(Geometry geometry) {
        return new Mask(geometry, new boolean[geometry.voxelCount()]);
    }

    /**
     * The voxels of a label image equal to {@code label}.
     *
     * @throws InvalidInputException if no voxel carries the label (the message lists the labels present)
     */
    public static Mask fromLabel(Volume labels, int label) {
        float[] v = labels.voxels();
        boolean[] in = new boolean[v.length];
        int count = 0;
        for (int i = 0; i < v.length; i++) {
            if (Math.round(v[i]) == label && v[i] == Math.rint(v[i])) {
                in[i] = true;
                count++;
            }
        }
        if (count == 0) {
            throw new InvalidInputException("mask has no voxel with label " + label + "; " + describeLabels(v));
        }
        return new Mask(labels.geometry(), in);
    }

    /** Lists the distinct non-zero labels of a label image (at most 20), for error messages. */
    public static String describeLabels(float[] labels) {
        TreeSet<Float> present = new TreeSet<>();
        for (float f : labels) {
            if (f != 0f) {
                present.add(f);
                if (present.size() > 20) break;
            }
        }
        if (present.isEmpty()) {
            return "the mask is empty (all voxels are 0)";
        }
        StringBuilder b = new StringBuilder("labels present: ");
        int n = 0;
        for (Float f : present) {
            if (n++ > 0) b.append(", ");
            if (n > 20) { b.append("..."); break; }
            b.append(f == Math.rint(f) ? String.valueOf(f.longValue()) : f.toString());
        }
        return b.toString();
    }

    public Geometry geometry() { return geometry; }

    /** The mask array itself (not a copy). */
    public boolean[] inside() { return inside; }

    public boolean get(int i, int j, int k) {
        return inside[geometry.index(i, j, k)];
    }

    public int count() {
        int n = 0;
        for (boolean b : inside) if (b) n++;
        return n;
    }

    /** Bounding box of the mask as {imin, jmin, kmin, imax, jmax, kmax} (inclusive), or null if empty. */
    public int[] boundingBox() {
        int nx = geometry.nx(), ny = geometry.ny(), nz = geometry.nz();
        int[] bb = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, -1};
        int idx = 0;
        for (int k = 0; k < nz; k++) {
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++, idx++) {
                    if (inside[idx]) {
                        if (i < bb[0]) bb[0] = i;
                        if (j < bb[1]) bb[1] = j;
                        if (k < bb[2]) bb[2] = k;
                        if (i > bb[3]) bb[3] = i;
                        if (j > bb[4]) bb[4] = j;
                        if (k > bb[5]) bb[5] = k;
                    }
                }
            }
        }
        return bb[3] < 0 ? null : bb;
    }

    /** This mask as a 0/1 label volume, for writing. */
    public Volume toVolume() {
        float[] v = new float[inside.length];
        for (int i = 0; i < v.length; i++) v[i] = inside[i] ? 1f : 0f;
        return new Volume(geometry, v);
    }

    @Override
    public String toString() {
        return "Mask[" + count() + " voxels, " + Arrays.toString(geometry.size()) + "]";
    }
}
