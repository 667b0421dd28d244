package org.netradiomics.volume.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * 3D Slicer segmentations (.seg.nrrd): a label image (or several layers) with {@code Segment<N>_Name},
 * {@code Segment<N>_LabelValue}, {@code Segment<N>_Layer} key/value pairs naming each segment. Read into named masks,
 * written from named masks (one layer; segments must not overlap).
 */
public final class SegmentationFile {
    /** One segment: name, label value and layer. */
    public record Segment(String name, int labelValue, int layer) {}

    private final List<Segment> segments;
    private final List<Volume> layers;

    private SegmentationFile(List<Segment> segments, List<Volume> layers) {
        this.segments = segments;
        this.layers = layers;
    }

    /** Reads a .seg.nrrd file. */
    public static SegmentationFile read(Path path) {
        NrrdReader.Layers l = NrrdReader.readLayers(path);
        List<Segment> segments = new ArrayList<>();
        Map<String, String> kv = l.keyValues();
        for (int n = 0; kv.containsKey("Segment" + n + "_Name") || kv.containsKey("Segment" + n + "_ID"); n++) {
            String p = "Segment" + n + "_";
            String name = kv.getOrDefault(p + "Name", kv.get(p + "ID"));
            int label = Integer.parseInt(kv.getOrDefault(p + "LabelValue", Integer.toString(n + 1)).strip());
            int layer = Integer.parseInt(kv.getOrDefault(p + "Layer", "0").strip());
            if (layer >= l.layers().size()) {
                throw new InvalidInputException(path.getFileName() + ": segment '" + name + "' is on layer " + layer
                        + " but the file has " + l.layers().size());
            }
            segments.add(new Segment(name, label, layer));
        }
        if (segments.isEmpty()) {
            throw new InvalidInputException(path.getFileName() + " names no segment (no Segment0_Name); is it a 3D "
                    + "Slicer segmentation?");
        }
        return new SegmentationFile(List.copyOf(segments), l.layers());
    }

    /** The segments. */
    public List<Segment> segments() {
        return segments;
    }

    /** The grid of the segmentation. */
    public Geometry geometry() {
        return layers.get(0).geometry();
    }

    /** The mask of the named segment; an unknown name lists the segments. */
    public Mask mask(String name) {
        Segment s = segments.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(
                () -> new InvalidInputException("no segment named '" + name + "'; segments: "
                        + segments.stream().map(Segment::name).toList()));
        float[] v = layers.get(s.layer()).voxels();
        boolean[] in = new boolean[v.length];
        for (int p = 0; p < v.length; p++) {
            in[p] = v[p] == s.labelValue();
        }
        return new Mask(geometry(), in);
    }

    /** Writes named masks (same grid, not overlapping) as a one-layer .seg.nrrd, labels 1, 2, ... in map order. */
    public static void write(Map<String, Mask> masks, Path path) {
        if (masks.isEmpty()) {
            throw new InvalidInputException("no segment to write");
        }
        Geometry g = masks.values().iterator().next().geometry();
        byte[] labels = new byte[g.voxelCount()];
        Map<String, String> kv = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, Mask> e : masks.entrySet()) {
            if (!e.getValue().geometry().sameGrid(g, 1e-6)) {
                throw new InvalidInputException("segment '" + e.getKey() + "' is on another grid");
            }
            boolean[] in = e.getValue().inside();
            for (int p = 0; p < in.length; p++) {
                if (in[p]) {
                    if (labels[p] != 0) {
                        throw new InvalidInputException("segment '" + e.getKey() + "' overlaps another segment; "
                                + "overlapping segments need layers, which are not written yet");
                    }
                    labels[p] = (byte) (n + 1);
                }
            }
            String p = "Segment" + n + "_";
            kv.put(p + "ID", "Segment_" + (n + 1));
            kv.put(p + "Name", e.getKey());
            kv.put(p + "LabelValue", Integer.toString(n + 1));
            kv.put(p + "Layer", "0");
            n++;
        }
        NrrdWriter.writeLabels(g, labels, kv, path);
    }
}
