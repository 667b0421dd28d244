package org.netradiomics.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.extraction.CsvTable;
import org.netradiomics.extraction.RadiomicsExtractor;
import org.netradiomics.segmentation.GrowResult;
import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.segmentation.LabelMap;
import org.netradiomics.segmentation.RegionGrower;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiWriter;

/**
 * The workbench's state and actions, without Swing: the open image, its lesions (a {@link LabelMap} with names), region
 * growing from a click, re-growing, renaming, deleting, brush edits with undo, features per lesion and per patient, and
 * the exports. A failed action throws {@link InvalidInputException} and leaves every lesion as it was.
 */
public final class WorkbenchSession {
    /** A lesion: its label in the label map, its name, and the last growth result. */
    public record Lesion(int label, String name, double volumeMl, String status) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s  %.1f mL", name, volumeMl);
        }
    }

    private final Volume image;
    private final String source;
    private final LabelMap labels;
    private final List<Lesion> lesions = new ArrayList<>();
    private final Map<Integer, Map<String, Object>> features = new LinkedHashMap<>();
    private final LesionFeatureService service;

    private final org.netradiomics.dicom.DicomSeries dicom;

    /** A session on {@code image} (from {@code source}, a file or folder name). */
    public WorkbenchSession(Volume image, String source, LesionFeatureService service) {
        this(image, source, service, null);
    }

    /** A session on a DICOM series, which DICOM-SEG exports then reference. */
    public WorkbenchSession(Volume image, String source, LesionFeatureService service,
            org.netradiomics.dicom.DicomSeries dicom) {
        this.image = image;
        this.source = source;
        this.labels = new LabelMap(image.geometry());
        this.service = service;
        this.dicom = dicom;
    }

    public Volume image() {
        return image;
    }

    public String source() {
        return source;
    }

    public LabelMap labels() {
        return labels;
    }

    /** The lesions in the order they were added. */
    public List<Lesion> lesions() {
        return List.copyOf(lesions);
    }

    /** Grows a new lesion from voxel (i, j, k) (3D, or on slice k only when {@code sliceOnly}). */
    public Lesion grow(int i, int j, int k, GrowSettings settings, boolean sliceOnly) {
        GrowResult r = sliceOnly ? RegionGrower.growSlice(image, i, j, k, settings)
                : RegionGrower.grow(image, i, j, k, settings);
        int label = labels.addLesion(r.mask());
        Lesion l = new Lesion(label, "lesion " + label, r.volumeMl(), r.status().name());
        lesions.add(l);
        return l;
    }

    /** Adds a lesion from a mask on the image grid (e.g. loaded from a file); returns it. */
    public Lesion addLesion(String name, Mask mask) {
        if (!mask.geometry().sameGrid(image.geometry(), 1e-4)) {
            throw new InvalidInputException("the mask is for another image: "
                    + mask.geometry().describeDifference(image.geometry()));
        }
        if (mask.count() == 0) {
            throw new InvalidInputException("the mask '" + name + "' is empty");
        }
        int label = labels.addLesion(mask);
        Lesion l = new Lesion(label, name, mask.count() * image.geometry().voxelVolume() / 1000, "LOADED");
        lesions.add(l);
        return l;
    }

    /** Grows lesion {@code label} again from (i, j, k) with other settings, replacing its voxels. */
    public Lesion regrow(int label, int i, int j, int k, GrowSettings settings) {
        Lesion old = lesion(label);
        GrowResult r = RegionGrower.grow(image, i, j, k, settings);
        labels.replace(label, r.mask());
        Lesion l = new Lesion(label, old.name(), r.volumeMl(), r.status().name());
        lesions.set(lesions.indexOf(old), l);
        features.remove(label);
        return l;
    }

    /** Renames a lesion. */
    public void rename(int label, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("a lesion name cannot be empty");
        }
        Lesion old = lesion(label);
        lesions.set(lesions.indexOf(old), new Lesion(label, name.strip(), old.volumeMl(), old.status()));
    }

    /** Deletes a lesion (its voxels can be brought back with undo; the list entry cannot). */
    public void delete(int label) {
        Lesion old = lesion(label);
        labels.clear(label);
        lesions.remove(old);
        features.remove(label);
    }

    /** Adds to or erases from a lesion with a disc brush on slice k. */
    public void brush(int label, int i, int j, int k, double radiusMm, boolean erase) {
        lesion(label);
        labels.brush(label, i, j, k, radiusMm, LabelMap.BrushShape.DISC, erase);
        features.remove(label);
    }

    /** Undoes the last voxel edit; false when there is none. */
    public boolean undo() {
        features.clear();
        return labels.undo();
    }

    /** The lesion's features (computed once, then kept until the lesion changes). */
    public Map<String, Object> features(int label) {
        lesion(label);
        return features.computeIfAbsent(label, l -> service.features(image, labels.mask(l)));
    }

    /** Patient values: the median (or mean) over the lesions of every numeric feature. */
    public Map<String, Double> patientFeatures(boolean median) {
        if (lesions.isEmpty()) {
            throw new InvalidInputException("no lesion yet: click a lesion to segment it first");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Object> first = features(lesions.get(0).label());
        for (String name : first.keySet()) {
            if (!name.startsWith("original_")) {
                continue;
            }
            double[] v = lesions.stream().mapToDouble(l -> ((Number) features(l.label()).get(name)).doubleValue())
                    .toArray();
            Arrays.sort(v);
            out.put(name, median ? (v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]))
                    : Arrays.stream(v).average().orElse(Double.NaN));
        }
        return out;
    }

    /** Writes one row per lesion and a patient row (median), with software version and settings as provenance. */
    public void exportFeatures(Path csv) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Lesion l : lesions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Image", source);
            row.put("Lesion", l.name());
            row.put("Label", (double) l.label());
            row.put("VolumeMl", l.volumeMl());
            row.putAll(features(l.label()));
            rows.add(row);
        }
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("Image", source);
        patient.put("Lesion", "patient (median of " + lesions.size() + " lesions)");
        patient.putAll(patientFeatures(true));
        patient.put("diagnostics_Versions_NETRadiomics", RadiomicsExtractor.VERSION);
        patient.put("diagnostics_Configuration_Settings", service.settings());
        rows.add(patient);
        CsvTable.write(csv, rows);
    }

    /**
     * Writes the lesions by the file name's extension: {@code .seg.nrrd} (3D Slicer segmentation, one named segment
     * per lesion), {@code .dcm} (DICOM-SEG referencing the DICOM series the session was opened on), {@code .nrrd}
     * (label image), otherwise NIfTI (label image, label = lesion label).
     */
    public void exportMasks(Path file) {
        if (lesions.isEmpty()) {
            throw new InvalidInputException("no lesion to export yet");
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".seg.nrrd")) {
            Map<String, Mask> named = new LinkedHashMap<>();
            lesions.forEach(l -> named.put(l.name(), labels.mask(l.label())));
            org.netradiomics.volume.io.SegmentationFile.write(named, file);
            return;
        }
        if (name.endsWith(".dcm")) {
            if (dicom == null) {
                throw new InvalidInputException("a DICOM-SEG must reference a DICOM series; this image was opened from "
                        + "a file (export .nii.gz, .nrrd or .seg.nrrd instead)");
            }
            List<org.netradiomics.dicom.DicomSegWriter.LabelledMask> segs = new ArrayList<>();
            lesions.forEach(l -> segs.add(new org.netradiomics.dicom.DicomSegWriter.LabelledMask(l.name(),
                    labels.mask(l.label()))));
            org.netradiomics.dicom.DicomSegWriter.write(file, dicom, segs);
            return;
        }
        float[] v = labels.toVolume().voxels();
        if (name.endsWith(".nrrd")) {
            byte[] b = new byte[v.length];
            for (int p = 0; p < v.length; p++) {
                b[p] = (byte) v[p];
            }
            org.netradiomics.volume.io.NrrdWriter.writeLabels(image.geometry(), b, Map.of(), file);
            return;
        }
        int[] l = new int[v.length];
        for (int p = 0; p < v.length; p++) {
            l[p] = (int) v[p];
        }
        NiftiWriter.writeLabels(image.geometry(), l, file);
    }

    /**
     * The prediction of a study's model package for this patient: the lesions' numeric features (aggregated as the
     * package says) plus the clinical values given.
     */
    public org.netradiomics.model.Prediction predict(org.netradiomics.model.PredictionService service, String studyId,
            Map<String, Double> clinical) {
        if (lesions.isEmpty()) {
            throw new InvalidInputException("no lesion yet: click a lesion to segment it first");
        }
        List<Map<String, Double>> perLesion = new ArrayList<>();
        for (Lesion l : lesions) {
            Map<String, Double> numeric = new LinkedHashMap<>();
            features(l.label()).forEach((k, v) -> {
                if (k.startsWith("original_") && v instanceof Number n) {
                    numeric.put(k, n.doubleValue());
                }
            });
            perLesion.add(numeric);
        }
        return service.predict(studyId, perLesion, clinical);
    }

    /** The feature service (for a new session on another image). */
    public LesionFeatureService service() {
        return service;
    }

    /**
     * A seed for re-growing lesion {@code label}: its voxel nearest the centroid of its voxels on slice {@code k}, or
     * of the whole lesion when it does not reach slice k.
     */
    public int[] seedOf(int label, int k) {
        Mask m = labels.mask(lesion(label).label());
        var g = m.geometry();
        boolean[] in = m.inside();
        double si = 0;
        double sj = 0;
        double sk = 0;
        int n = 0;
        boolean onSlice = false;
        for (int pass = 0; pass < 2 && n == 0; pass++) {
            for (int v = 0; v < in.length; v++) {
                int vk = v / (g.nx() * g.ny());
                if (in[v] && (pass == 1 || vk == k)) {
                    si += v % g.nx();
                    sj += (v / g.nx()) % g.ny();
                    sk += vk;
                    n++;
                    onSlice = pass == 0;
                }
            }
        }
        double ci = si / n;
        double cj = sj / n;
        double ck = sk / n;
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int v = 0; v < in.length; v++) {
            int vk = v / (g.nx() * g.ny());
            if (!in[v] || (onSlice && vk != k)) {
                continue;
            }
            double di = v % g.nx() - ci;
            double dj = (v / g.nx()) % g.ny() - cj;
            double dk = vk - ck;
            double d = di * di + dj * dj + dk * dk;
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return new int[] {best % g.nx(), (best / g.nx()) % g.ny(), best / (g.nx() * g.ny())};
    }

    /** The mask of one lesion. */
    public Mask mask(int label) {
        return labels.mask(lesion(label).label());
    }

    private Lesion lesion(int label) {
        return lesions.stream().filter(l -> l.label() == label).findFirst().orElseThrow(
                () -> new InvalidInputException("no lesion with label " + label));
    }
}
