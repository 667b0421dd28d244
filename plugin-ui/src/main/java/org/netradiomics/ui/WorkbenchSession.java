package org.netradiomics.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.netradiomics.extraction.CsvTable;
import org.netradiomics.extraction.RadiomicsExtractor;
import org.netradiomics.segmentation.GrowResult;
import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.segmentation.LabelMap;
import org.netradiomics.segmentation.RegionGrower;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiWriter;

/**
 * The workbench's state and actions, without Swing: the open image, its lesions (a {@link LabelMap} with names), region
 * growing from a click, re-growing, renaming, deleting, brush edits with undo, features per lesion and per patient, and
 * the exports. A failed action throws {@link InvalidInputException} and leaves every lesion as it was.
 *
 * <p>Threading: a session is confined to one thread (the UI thread). The slow steps are split so that their work can
 * run elsewhere without touching the session: {@link #computeGrow} (reads the image only) then {@link #commitGrow};
 * {@link #featureJob} (a snapshot of the masks) whose {@link FeatureJob#compute} runs anywhere, then
 * {@link FeatureJob#commit}; {@link #maskExport} (a snapshot) whose {@link MaskExport#writeTemporary} runs anywhere.
 *
 * <p>Nothing already segmented is lost: by default a new lesion (grown, re-grown or loaded) takes only voxels that no
 * other lesion holds ({@link #setOverwriteExisting} changes that), and undo restores the label map and the lesion list
 * together.
 */
public final class WorkbenchSession {
    /** How lesion features become patient values. */
    public enum Aggregation {
        MEDIAN, MEAN;

        /** "median" or "mean". */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses "median" or "mean" (any case). */
        public static Aggregation of(String s) {
            for (Aggregation a : values()) {
                if (a.word().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return a;
                }
            }
            throw new InvalidInputException("aggregation must be median or mean, not '" + s + "'");
        }
    }

    /**
     * How a lesion was segmented (written to the features CSV as provenance).
     *
     * @param method    e.g. "region growing 3D", "loaded from lesions.seg.nrrd"; "+ brush edits" once edited by hand
     * @param seedVoxel the clicked voxel "i j k" (0-based), "" when not grown
     * @param mode      ADAPTIVE or INTERVAL, "" when not grown
     * @param interval  the final HU interval "[lower, upper]", "" when not grown
     * @param settings  all growing settings, "" when not grown
     */
    public record Segmentation(String method, String seedVoxel, String mode, String interval, String settings) {
        static Segmentation grown(Grown g) {
            GrowSettings s = g.settings();
            return new Segmentation("region growing " + (g.sliceOnly() ? "2D (slice " + g.k() + ")" : "3D"),
                    g.i() + " " + g.j() + " " + g.k(), s.mode().name(),
                    String.format(Locale.ROOT, "[%.1f, %.1f]", g.result().lower(), g.result().upper()),
                    String.format(Locale.ROOT, "multiplier=%s iterations=%d seedRadiusVoxels=%d connectivity=%s "
                            + "maxRadiusMm=%s maxVolumeMl=%s openingRadiusMm=%s fillHoles=%s edgeStopSd=%s "
                            + "leakGrowth=%s", s.multiplier(), s.iterations(), s.seedRadiusVoxels(), s.connectivity(),
                            s.maxRadiusMm(), s.maxVolumeMl(), s.openingRadiusMm(), s.fillHoles(), s.edgeStopSd(),
                            s.leakGrowth()));
        }

        static Segmentation loaded(String from) {
            return new Segmentation("loaded from " + from, "", "", "", "");
        }

        Segmentation edited() {
            return method.endsWith("+ brush edits") ? this
                    : new Segmentation(method + " + brush edits", seedVoxel, mode, interval, settings);
        }
    }

    /** A lesion: its label in the label map, its name, its volume, the growth status and how it was segmented. */
    public record Lesion(int label, String name, double volumeMl, String status, Segmentation segmentation) {
        /** A lesion without recorded segmentation. */
        public Lesion(int label, String name, double volumeMl, String status) {
            this(label, name, volumeMl, status, new Segmentation("", "", "", "", ""));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s  %.1f mL", name, volumeMl);
        }
    }

    /**
     * A grown region not yet in the session: computed off the UI thread by {@link #computeGrow}, then added by
     * {@link #commitGrow} or {@link #commitRegrow} on the session's thread (or dropped when cancelled).
     */
    public record Grown(int i, int j, int k, GrowSettings settings, boolean sliceOnly, GrowResult result) {}

    private final Volume image;
    private final String source;
    private final LabelMap labels;
    private final List<Lesion> lesions = new ArrayList<>();
    /** The lesion list before each label-map edit still in the label map's undo history (same order, same length). */
    private final Deque<List<Lesion>> listHistory = new ArrayDeque<>();
    private final Map<Integer, Map<String, Object>> features = new LinkedHashMap<>();
    private final LesionFeatureService service;
    private final org.netradiomics.dicom.DicomSeries dicom;
    private boolean overwriteExisting;
    private Aggregation aggregation = Aggregation.MEDIAN;
    private long version;

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

    /** The label map (for display; edit it only through the session, which keeps the lesion list in step). */
    public LabelMap labels() {
        return labels;
    }

    /** The DICOM series the session was opened on, or null for an image file. */
    public org.netradiomics.dicom.DicomSeries dicom() {
        return dicom;
    }

    /** The lesions in the order they were added. */
    public List<Lesion> lesions() {
        return List.copyOf(lesions);
    }

    /** A counter that changes with every change of the lesions (voxels, list or names). */
    public long version() {
        return version;
    }

    /**
     * Whether a new lesion may take voxels of existing lesions (false, the default: a new lesion only takes voxels no
     * lesion holds, so nothing already segmented is lost).
     */
    public void setOverwriteExisting(boolean overwrite) {
        this.overwriteExisting = overwrite;
    }

    public boolean overwriteExisting() {
        return overwriteExisting;
    }

    /** The aggregation of the patient row of the features export (median unless chosen otherwise). */
    public Aggregation aggregation() {
        return aggregation;
    }

    public void setAggregation(Aggregation a) {
        this.aggregation = a;
    }

    /**
     * Grows a region from voxel (i, j, k) (3D, or on slice k only when {@code sliceOnly}) without changing the session:
     * it reads the image only, so it may run on any thread.
     */
    public Grown computeGrow(int i, int j, int k, GrowSettings settings, boolean sliceOnly) {
        return computeGrow(i, j, k, settings, sliceOnly, () -> false);
    }

    /**
     * As {@link #computeGrow(int, int, int, GrowSettings, boolean)}, stopping early with a
     * {@link java.util.concurrent.CancellationException} once {@code cancelled} says so.
     */
    public Grown computeGrow(int i, int j, int k, GrowSettings settings, boolean sliceOnly,
            java.util.function.BooleanSupplier cancelled) {
        GrowResult r = RegionGrower.grow(image, i, j, k, settings, sliceOnly, cancelled);
        return new Grown(i, j, k, settings, sliceOnly, r);
    }

    /**
     * Adds a grown region as a new lesion. Voxels of other lesions stay theirs (unless overwriting is on); a region
     * that is empty (after the opening, or once other lesions' voxels are left out) adds nothing and is an error.
     */
    public Lesion commitGrow(Grown g) {
        boolean[] in = region(g, 0);
        int label = edit(() -> labels.addLesion(new Mask(image.geometry(), in)));
        Lesion l = new Lesion(label, "lesion " + label, volumeMl(label), g.result().status().name(),
                Segmentation.grown(g));
        recountOthers(label);
        lesions.add(l);
        return l;
    }

    /** Grows a new lesion from voxel (i, j, k): {@link #computeGrow} then {@link #commitGrow}. */
    public Lesion grow(int i, int j, int k, GrowSettings settings, boolean sliceOnly) {
        return commitGrow(computeGrow(i, j, k, settings, sliceOnly));
    }

    /** Replaces the voxels of lesion {@code label} by a grown region (one undoable edit). */
    public Lesion commitRegrow(int label, Grown g) {
        Lesion old = lesion(label);
        boolean[] in = region(g, label);
        edit(() -> {
            labels.replace(label, new Mask(image.geometry(), in));
            return label;
        });
        Lesion l = new Lesion(label, old.name(), volumeMl(label), g.result().status().name(), Segmentation.grown(g));
        lesions.set(lesions.indexOf(old), l);
        recountOthers(label);
        features.remove(label);
        return l;
    }

    /** Grows lesion {@code label} again from (i, j, k) with other settings, replacing its voxels. */
    public Lesion regrow(int label, int i, int j, int k, GrowSettings settings) {
        lesion(label);
        return commitRegrow(label, computeGrow(i, j, k, settings, false));
    }

    /** Adds a lesion from a mask on the image grid (e.g. loaded from a file); returns it. */
    public Lesion addLesion(String name, Mask mask) {
        return addLesions(Map.of(name, mask), "a mask").getFirst();
    }

    /**
     * Adds the lesions of a mask file ({@code from} names it in the provenance), all or none: a mask for another grid,
     * an empty one, or one whose voxels all belong to other lesions leaves every lesion as it was.
     */
    public List<Lesion> addLesions(Map<String, Mask> masks, String from) {
        for (Map.Entry<String, Mask> e : masks.entrySet()) {
            if (!e.getValue().geometry().sameGrid(image.geometry(), 1e-4)) {
                throw new InvalidInputException("the mask '" + e.getKey() + "' is for another image: "
                        + e.getValue().geometry().describeDifference(image.geometry()));
            }
            if (e.getValue().count() == 0) {
                throw new InvalidInputException("the mask '" + e.getKey() + "' is empty");
            }
        }
        List<Lesion> added = new ArrayList<>();
        try {
            for (Map.Entry<String, Mask> e : masks.entrySet()) {
                boolean[] in = e.getValue().inside().clone();
                int taken = 0;
                if (!overwriteExisting) {
                    Geometry g = image.geometry();
                    for (int p = 0; p < in.length; p++) {
                        if (in[p] && labels.get(p % g.nx(), (p / g.nx()) % g.ny(), p / (g.nx() * g.ny())) != 0) {
                            in[p] = false;
                            taken++;
                        }
                    }
                }
                if (taken == e.getValue().count()) {
                    throw new InvalidInputException("every voxel of the mask '" + e.getKey() + "' already belongs to a "
                            + "lesion; nothing was added");
                }
                int label = edit(() -> labels.addLesion(new Mask(image.geometry(), in)));
                Lesion l = new Lesion(label, e.getKey(), volumeMl(label), "LOADED", Segmentation.loaded(from));
                recountOthers(label);
                lesions.add(l);
                added.add(l);
            }
        } catch (InvalidInputException e) {
            for (int n = 0; n < added.size(); n++) {
                undo();
            }
            throw e;
        }
        return added;
    }

    /** Renames a lesion. */
    public void rename(int label, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("a lesion name cannot be empty");
        }
        Lesion old = lesion(label);
        lesions.set(lesions.indexOf(old), new Lesion(label, name.strip(), old.volumeMl(), old.status(),
                old.segmentation()));
        version++;
    }

    /** Deletes a lesion; undo brings back both its voxels and its list entry. */
    public void delete(int label) {
        Lesion old = lesion(label);
        edit(() -> {
            labels.clear(label);
            return label;
        });
        lesions.remove(old);
        features.remove(label);
    }

    /** Adds to or erases from a lesion with a disc brush on slice k. */
    public void brush(int label, int i, int j, int k, double radiusMm, boolean erase) {
        Lesion old = lesion(label);
        edit(() -> {
            labels.brush(label, i, j, k, radiusMm, LabelMap.BrushShape.DISC, erase);
            return label;
        });
        features.remove(label);
        if (labels.count(label) == 0) {
            // erased completely: the lesion is gone (undo brings it back)
            lesions.remove(old);
            return;
        }
        lesions.set(lesions.indexOf(old), new Lesion(label, old.name(), volumeMl(label), old.status(),
                old.segmentation().edited()));
    }

    /**
     * Undoes the last voxel edit (grow, re-grow, load, delete or brush) and restores the lesion list as it was before
     * it (names given since are kept); false when there is nothing to undo.
     */
    public boolean undo() {
        if (!labels.undo()) {
            return false;
        }
        List<Lesion> before = listHistory.pollLast();
        Map<Integer, String> names = new HashMap<>();
        lesions.forEach(l -> names.put(l.label(), l.name()));
        lesions.clear();
        for (Lesion l : before) {
            lesions.add(new Lesion(l.label(), names.getOrDefault(l.label(), l.name()), l.volumeMl(), l.status(),
                    l.segmentation()));
        }
        features.clear();
        version++;
        return true;
    }

    /** The lesion's features (computed once, then kept until the lesion changes). */
    public Map<String, Object> features(int label) {
        lesion(label);
        FeatureJob job = featureJob(List.of(label));
        job.compute(() -> false, n -> { });
        job.commit();
        return job.lesion(label);
    }

    /** Patient values: the median or mean over the lesions of every numeric feature. */
    public Map<String, Double> patientFeatures(Aggregation a) {
        FeatureJob job = featureJob(null);
        job.compute(() -> false, n -> { });
        job.commit();
        return job.patient(a);
    }

    /** Patient values: the median ({@code median}) or mean over the lesions of every numeric feature. */
    public Map<String, Double> patientFeatures(boolean median) {
        return patientFeatures(median ? Aggregation.MEDIAN : Aggregation.MEAN);
    }

    /**
     * A snapshot for computing features off the session's thread: the masks of the given lesions (null: all) whose
     * features are not known yet. Throws when there is no lesion.
     */
    public FeatureJob featureJob(Collection<Integer> which) {
        if (lesions.isEmpty()) {
            throw new InvalidInputException("no lesion yet: click a lesion to segment it first");
        }
        List<Lesion> chosen = new ArrayList<>();
        for (Lesion l : lesions) {
            if (which == null || which.contains(l.label())) {
                chosen.add(l);
            }
        }
        Map<Integer, Map<String, Object>> known = new LinkedHashMap<>();
        Map<Integer, Mask> missing = new LinkedHashMap<>();
        for (Lesion l : chosen) {
            if (features.containsKey(l.label())) {
                known.put(l.label(), features.get(l.label()));
            } else {
                missing.put(l.label(), labels.mask(l.label()));
            }
        }
        return new FeatureJob(version, chosen, known, missing);
    }

    /** Features of a snapshot of lesions: computed anywhere, committed to the session's cache on its thread. */
    public final class FeatureJob {
        private final long atVersion;
        private final List<Lesion> chosen;
        private final Map<Integer, Map<String, Object>> known;
        private final Map<Integer, Mask> missing;
        private final Map<Integer, Map<String, Object>> computed = new LinkedHashMap<>();

        private FeatureJob(long atVersion, List<Lesion> chosen, Map<Integer, Map<String, Object>> known,
                Map<Integer, Mask> missing) {
            this.atVersion = atVersion;
            this.chosen = List.copyOf(chosen);
            this.known = known;
            this.missing = missing;
        }

        /** Number of lesions whose features must be computed. */
        public int toCompute() {
            return missing.size();
        }

        /** The lesions of the snapshot. */
        public List<Lesion> lesions() {
            return chosen;
        }

        /**
         * Computes the missing features, lesion by lesion, reporting the number done; stops between lesions when
         * {@code cancelled} says so (returns false). Touches no session state.
         */
        public boolean compute(BooleanSupplier cancelled, IntConsumer done) {
            int n = 0;
            for (Map.Entry<Integer, Mask> e : missing.entrySet()) {
                if (cancelled.getAsBoolean()) {
                    return false;
                }
                if (!computed.containsKey(e.getKey())) {
                    computed.put(e.getKey(), service.features(image, e.getValue()));
                }
                done.accept(++n);
            }
            return !cancelled.getAsBoolean();
        }

        /** Keeps the computed features in the session (on its thread) when the lesions have not changed since. */
        public boolean commit() {
            if (version != atVersion || computed.size() != missing.size()) {
                return false;
            }
            features.putAll(computed);
            return true;
        }

        /** The features of one lesion of the snapshot (after {@link #compute}). */
        public Map<String, Object> lesion(int label) {
            Map<String, Object> f = known.containsKey(label) ? known.get(label) : computed.get(label);
            if (f == null) {
                throw new InvalidInputException("the features of lesion " + label + " were not computed");
            }
            return f;
        }

        /** Patient values over the snapshot's lesions. */
        public Map<String, Double> patient(Aggregation a) {
            Map<String, Double> out = new LinkedHashMap<>();
            Map<String, Object> first = lesion(chosen.get(0).label());
            for (String name : first.keySet()) {
                if (!name.startsWith("original_")) {
                    continue;
                }
                double[] v = chosen.stream().mapToDouble(l -> ((Number) lesion(l.label()).get(name)).doubleValue())
                        .toArray();
                Arrays.sort(v);
                out.put(name, a == Aggregation.MEDIAN
                        ? (v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]))
                        : Arrays.stream(v).average().orElse(Double.NaN));
            }
            return out;
        }

        /**
         * The rows of the features CSV: one per lesion (with how it was segmented) and a patient row named by its
         * aggregation; every row carries the software version and the extraction settings file.
         */
        public List<Map<String, Object>> csvRows(Aggregation a) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Lesion l : chosen) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("Image", source);
                row.put("Lesion", l.name());
                row.put("Label", (double) l.label());
                row.put("VolumeMl", l.volumeMl());
                row.put("Segmentation", l.segmentation().method());
                row.put("SeedVoxel", l.segmentation().seedVoxel());
                row.put("GrowMode", l.segmentation().mode());
                row.put("GrowInterval", l.segmentation().interval());
                row.put("GrowSettings", l.segmentation().settings());
                row.put("GrowStatus", l.status());
                row.put("Aggregation", "");
                row.putAll(lesion(l.label()));
                row.put("diagnostics_Versions_NETRadiomics", RadiomicsExtractor.VERSION);
                row.put("diagnostics_Configuration_SettingsFile", service.settingsFile());
                rows.add(row);
            }
            Map<String, Object> patient = new LinkedHashMap<>();
            patient.put("Image", source);
            patient.put("Lesion", "patient (" + a.word() + " of " + chosen.size() + " lesions)");
            patient.put("Aggregation", a.word());
            patient.putAll(patient(a));
            patient.put("diagnostics_Versions_NETRadiomics", RadiomicsExtractor.VERSION);
            patient.put("diagnostics_Configuration_Settings", service.settings());
            patient.put("diagnostics_Configuration_SettingsFile", service.settingsFile());
            rows.add(patient);
            return rows;
        }

        /** Writes the CSV to a temporary file beside {@code target} (moved into place by the caller). */
        public Path writeTemporary(Path target, Aggregation a) {
            Path tmp = AtomicWrite.temporaryFor(target);
            try {
                CsvTable.write(tmp, csvRows(a));
            } catch (RuntimeException e) {
                AtomicWrite.discard(tmp);
                throw e;
            }
            return tmp;
        }
    }

    /** Writes one row per lesion and a patient row (the session's aggregation), with provenance. */
    public void exportFeatures(Path csv) {
        exportFeatures(csv, aggregation);
    }

    /** Writes one row per lesion and a patient row aggregated as {@code a}, with provenance. */
    public void exportFeatures(Path csv, Aggregation a) {
        FeatureJob job = featureJob(null);
        job.compute(() -> false, n -> { });
        job.commit();
        AtomicWrite.commit(job.writeTemporary(csv, a), csv);
    }

    /**
     * Writes the lesions by the file name's extension: {@code .seg.nrrd} (3D Slicer segmentation, one named segment
     * per lesion), {@code .rtstruct.dcm} (DICOM RT Structure Set, one ROI per lesion, referencing the DICOM series),
     * {@code .dcm} (DICOM-SEG referencing the DICOM series the session was opened on), {@code .nrrd}
     * (label image), otherwise NIfTI (label image, label = lesion label). Nothing is left under the name on failure.
     */
    public void exportMasks(Path file) {
        AtomicWrite.commit(maskExport(file).writeTemporary(), file);
    }

    /** A snapshot of the lesions for writing {@code file} off the session's thread; checks the format first. */
    public MaskExport maskExport(Path file) {
        if (lesions.isEmpty()) {
            throw new InvalidInputException("no lesion to export yet");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dcm") && dicom == null) {
            throw new InvalidInputException("a DICOM-SEG or RT structure set must reference a DICOM series; this "
                    + "image was opened from a file (export .nii.gz, .nrrd or .seg.nrrd instead)");
        }
        Map<String, Mask> named = new LinkedHashMap<>();
        float[] labelVoxels = null;
        if (name.endsWith(".seg.nrrd") || name.endsWith(".dcm")) {
            lesions.forEach(l -> named.put(l.name(), labels.mask(l.label())));
        } else {
            labelVoxels = labels.toVolume().voxels();
        }
        return new MaskExport(file, name, named, labelVoxels);
    }

    /** The lesions' masks to be written to one file. */
    public final class MaskExport {
        private final Path target;
        private final String name;
        private final Map<String, Mask> named;
        private final float[] labelVoxels;

        private MaskExport(Path target, String name, Map<String, Mask> named, float[] labelVoxels) {
            this.target = target;
            this.name = name;
            this.named = named;
            this.labelVoxels = labelVoxels;
        }

        public Path target() {
            return target;
        }

        /** Writes a temporary file beside the target (same format) and returns it; touches no session state. */
        public Path writeTemporary() {
            Path tmp = AtomicWrite.temporaryFor(target);
            try {
                write(tmp);
            } catch (RuntimeException e) {
                AtomicWrite.discard(tmp);
                throw e;
            }
            return tmp;
        }

        private void write(Path tmp) {
            if (name.endsWith(".seg.nrrd")) {
                org.netradiomics.volume.io.SegmentationFile.write(named, tmp);
                return;
            }
            if (name.endsWith(".dcm")) {
                List<org.netradiomics.dicom.DicomSegWriter.LabelledMask> segs = new ArrayList<>();
                named.forEach((n, m) -> segs.add(new org.netradiomics.dicom.DicomSegWriter.LabelledMask(n, m)));
                if (name.endsWith(".rtstruct.dcm")) {
                    org.netradiomics.dicom.RtStructWriter.write(tmp, dicom, segs);
                } else {
                    org.netradiomics.dicom.DicomSegWriter.write(tmp, dicom, segs);
                }
                return;
            }
            float[] v = labelVoxels;
            if (name.endsWith(".nrrd")) {
                byte[] b = new byte[v.length];
                for (int p = 0; p < v.length; p++) {
                    b[p] = (byte) v[p];
                }
                org.netradiomics.volume.io.NrrdWriter.writeLabels(image.geometry(), b, Map.of(), tmp);
                return;
            }
            int[] l = new int[v.length];
            for (int p = 0; p < v.length; p++) {
                l[p] = (int) v[p];
            }
            NiftiWriter.writeLabels(image.geometry(), l, tmp);
        }
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
        return service.predict(studyId, pooled(service, studyId) ? List.of(pooledFeatures()) : lesionRows(), clinical);
    }

    /** Whether the study pools the lesions into one region (its features are those of the union of the masks). */
    public boolean pooled(org.netradiomics.model.PredictionService service, String studyId) {
        return service.study(studyId).aggregation().equals("pooled");
    }

    /**
     * The numeric features of the union of all lesion masks (a pooled study's one row). Reads the label map and calls
     * the feature service only, so a background job may run it while edits are refused.
     */
    public Map<String, Double> pooledFeatures() {
        if (lesions.isEmpty()) {
            throw new InvalidInputException("no lesion yet: click a lesion to segment it first");
        }
        boolean[] union = new boolean[image.geometry().voxelCount()];
        for (Lesion l : lesions) {
            boolean[] in = labels.mask(l.label()).inside();
            for (int v = 0; v < union.length; v++) {
                union[v] |= in[v];
            }
        }
        return numeric(this.service.features(image, new Mask(image.geometry(), union)));
    }

    /** Each lesion's numeric features (computed now unless a feature job already did). */
    public List<Map<String, Double>> lesionRows() {
        List<Map<String, Double>> rows = new ArrayList<>();
        for (Lesion l : lesions) {
            rows.add(numeric(features(l.label())));
        }
        return rows;
    }

    /** The numeric original_* features of an extraction (diagnostics and text left out). */
    private static Map<String, Double> numeric(Map<String, Object> features) {
        Map<String, Double> numeric = new LinkedHashMap<>();
        features.forEach((k, v) -> {
            if (k.startsWith("original_") && v instanceof Number n) {
                numeric.put(k, n.doubleValue());
            }
        });
        return numeric;
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

    /**
     * The full-grid region of a grown result, less the voxels of lesions other than {@code own} unless overwriting is
     * on; an empty region is an error saying why.
     */
    private boolean[] region(Grown g, int own) {
        GrowResult r = g.result();
        Geometry geo = image.geometry();
        boolean[] in = new boolean[geo.voxelCount()];
        int[] b = r.regionBox();
        int grown = 0;
        int kept = 0;
        for (int k = b[2]; k < b[2] + b[5]; k++) {
            for (int j = b[1]; j < b[1] + b[4]; j++) {
                for (int i = b[0]; i < b[0] + b[3]; i++) {
                    if (!r.contains(i, j, k)) {
                        continue;
                    }
                    grown++;
                    int current = labels.get(i, j, k);
                    if (!overwriteExisting && current != 0 && current != own) {
                        kept++;
                        continue;
                    }
                    in[geo.index(i, j, k)] = true;
                }
            }
        }
        String at = "voxel (" + g.i() + ", " + g.j() + ", " + g.k() + ")";
        if (grown == 0) {
            double opening = g.settings().openingRadiusMm();
            throw new InvalidInputException("nothing was segmented from " + at + ": the grown region is empty"
                    + (opening > 0 ? String.format(Locale.ROOT, " after the %.1f mm opening (the structure there is "
                            + "thinner than the opening)", opening) : "")
                    + "; click nearer the middle of the lesion, or re-grow with an HU interval. No lesion was added");
        }
        if (grown == kept) {
            throw new InvalidInputException("the region grown from " + at + " lies entirely inside existing lesions; "
                    + "nothing was added (delete or erase the existing lesion first)");
        }
        return in;
    }

    /** Runs one label-map edit, recording the lesion list before it for undo; returns the edit's label. */
    private int edit(java.util.function.IntSupplier labelEdit) {
        List<Lesion> before = List.copyOf(lesions);
        int label = labelEdit.getAsInt();
        listHistory.addLast(before);
        while (listHistory.size() > LabelMap.HISTORY) {
            listHistory.removeFirst();
        }
        version++;
        return label;
    }

    /**
     * After a new lesion overwrote voxels (only when overwriting is on): the other lesions' volumes again, and those left
     * without a voxel leave the list (undo brings them back).
     */
    private void recountOthers(int added) {
        if (!overwriteExisting) {
            return;
        }
        for (Lesion l : List.copyOf(lesions)) {
            if (l.label() == added) {
                continue;
            }
            double ml = volumeMl(l.label());
            if (ml == 0) {
                lesions.remove(l);
                features.remove(l.label());
            } else if (ml != l.volumeMl()) {
                lesions.set(lesions.indexOf(l), new Lesion(l.label(), l.name(), ml, l.status(), l.segmentation()));
                features.remove(l.label());
            }
        }
    }

    private double volumeMl(int label) {
        return labels.count(label) * image.geometry().voxelVolume() / 1000;
    }

    private Lesion lesion(int label) {
        return lesions.stream().filter(l -> l.label() == label).findFirst().orElseThrow(
                () -> new InvalidInputException("no lesion with label " + label));
    }
}
