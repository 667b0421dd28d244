package org.netradiomics.segmentation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * Per-lesion labels (0 = background, 1, 2, ... = lesions) on an image grid, edited by grown regions and add/erase
 * brushes, with an undo history of the last {@link #HISTORY} edits.
 */
public final class LabelMap {
    /** Number of edits that can be undone. */
    public static final int HISTORY = 20;

    /** Brush shape: a sphere, or a disc on the clicked slice only. */
    public enum BrushShape { SPHERE, DISC }

    private final Geometry geometry;
    private final int[] labels;
    private final Deque<Edit> history = new ArrayDeque<>();

    /** One undoable edit: the voxels changed and their previous labels. */
    private record Edit(int[] index, int[] previous) {}

    public LabelMap(Geometry geometry) {
        this.geometry = geometry;
        this.labels = new int[geometry.voxelCount()];
    }

    public Geometry geometry() { return geometry; }

    public int get(int i, int j, int k) { return labels[geometry.index(i, j, k)]; }

    /** Adds a grown region as a new lesion (overwriting other labels there); returns its label. */
    public int addLesion(Mask region) {
        if (!region.geometry().sameGrid(geometry, 1e-6)) {
            throw new InvalidInputException("the region is on a different grid than the label map: " + region.geometry().describeDifference(geometry));
        }
        int label = maxLabel() + 1;
        boolean[] in = region.inside();
        IntList idx = new IntList();
        for (int p = 0; p < in.length; p++) if (in[p] && labels[p] != label) idx.add(p);
        apply(idx.toArray(), label);
        return label;
    }

    /**
     * Paints ({@code erase == false}) voxels within {@code radiusMm} of voxel (i, j, k) with {@code label}, or erases
     * ({@code erase == true}) voxels of {@code label} there back to 0. A disc stays on slice k.
     */
    public void brush(int label, int i, int j, int k, double radiusMm, BrushShape shape, boolean erase) {
        if (!geometry.contains(i, j, k)) {
            throw new InvalidInputException("brush centre (" + i + ", " + j + ", " + k + ") is outside the image");
        }
        if (label < 1) throw new InvalidInputException("brush label is " + label + "; lesion labels start at 1");
        if (!(radiusMm > 0) || radiusMm > 100) throw new InvalidInputException("brush radius is " + radiusMm + " mm; it must be greater than 0 and at most 100 mm");
        IntList idx = new IntList();
        for (int[] o : Morphology.ball(radiusMm, geometry.spacing(), shape == BrushShape.DISC)) {
            int a = i + o[0], b = j + o[1], c = k + o[2];
            if (!geometry.contains(a, b, c)) continue;
            int p = geometry.index(a, b, c);
            if (erase ? labels[p] == label : labels[p] != label) idx.add(p);
        }
        apply(idx.toArray(), erase ? 0 : label);
    }

    /** Removes every voxel of {@code label} (undoable); an absent label is an error naming it. */
    public void clear(int label) {
        IntList idx = new IntList();
        for (int p = 0; p < labels.length; p++) if (labels[p] == label) idx.add(p);
        if (idx.toArray().length == 0) throw new InvalidInputException("label map has no voxel with label " + label);
        apply(idx.toArray(), 0);
    }

    /** Replaces {@code label} by {@code region}: one undoable edit (re-growing a lesion with other settings). */
    public void replace(int label, Mask region) {
        if (!region.geometry().sameGrid(geometry, 1e-6)) {
            throw new InvalidInputException("the region is on a different grid than the label map");
        }
        boolean[] in = region.inside();
        IntList idx = new IntList();
        IntList to = new IntList();
        for (int p = 0; p < labels.length; p++) {
            if (in[p] && labels[p] != label) { idx.add(p); to.add(label); }
            else if (!in[p] && labels[p] == label) { idx.add(p); to.add(0); }
        }
        int[] ix = idx.toArray();
        int[] tv = to.toArray();
        int[] prev = new int[ix.length];
        for (int n = 0; n < ix.length; n++) { prev[n] = labels[ix[n]]; labels[ix[n]] = tv[n]; }
        history.addLast(new Edit(ix, prev));
        while (history.size() > HISTORY) history.removeFirst();
    }

    /** Number of voxels with {@code label}. */
    public int count(int label) {
        int n = 0;
        for (int l : labels) if (l == label) n++;
        return n;
    }

    /** Reverts the last edit; false if there is nothing to undo. */
    public boolean undo() {
        Edit e = history.pollLast();
        if (e == null) return false;
        for (int n = 0; n < e.index.length; n++) labels[e.index[n]] = e.previous[n];
        return true;
    }

    /** The voxels of one lesion. */
    public Mask mask(int label) {
        boolean[] in = new boolean[labels.length];
        int n = 0;
        for (int p = 0; p < labels.length; p++) if (labels[p] == label) { in[p] = true; n++; }
        if (n == 0) throw new InvalidInputException("label map has no voxel with label " + label + "; highest label is " + maxLabel());
        return new Mask(geometry, in);
    }

    /** The label map as a volume, for writing. */
    public Volume toVolume() {
        float[] v = new float[labels.length];
        for (int p = 0; p < v.length; p++) v[p] = labels[p];
        return new Volume(geometry, v);
    }

    private int maxLabel() {
        int m = 0;
        for (int l : labels) if (l > m) m = l;
        return m;
    }

    private void apply(int[] idx, int value) {
        int[] prev = new int[idx.length];
        for (int n = 0; n < idx.length; n++) { prev[n] = labels[idx[n]]; labels[idx[n]] = value; }
        history.addLast(new Edit(idx, prev));
        if (history.size() > HISTORY) history.removeFirst();
    }

    /** A growable int array (no boxing). */
    private static final class IntList {
        int[] a = new int[64];
        int n;
        void add(int v) { if (n == a.length) a = java.util.Arrays.copyOf(a, 2 * n); a[n++] = v; }
        int[] toArray() { return java.util.Arrays.copyOf(a, n); }
    }
}
