package org.netradiomics.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.volume.InvalidInputException;

/**
 * The workbench's actions as the window triggers them, without Swing: slow work (growing, re-growing, feature
 * extraction, exports, loading a mask file) runs on one background worker without touching the session, and its result
 * is committed to the session on the UI thread, unless cancelled. One background job at a time: an action asked for
 * while a job runs is refused with a status message (nothing is queued), and so are voxel edits (brush, delete, undo),
 * so the label map is only ever changed on the UI thread. A cancelled job changes nothing: a grow's region is dropped,
 * computed features are not kept, an export's temporary file is deleted (the target is only ever written whole).
 *
 * <p>All public methods must be called on the UI thread (the {@code ui} executor's thread).
 */
public final class WorkbenchController implements AutoCloseable {
    /** What the window shows; called on the UI thread. */
    public interface View {
        /** A status line message (an error in red). */
        void status(String message, boolean error);

        /** A background job started ({@code what}) or ended (null). */
        void busy(String what);

        /** Progress of the running job: {@code done} of {@code total} steps (total 0: unknown). */
        void progress(int done, int total);

        /** The lesion list changed; {@code select} (may be null) should be selected. */
        void lesionsChanged(WorkbenchSession.Lesion select);

        /** Feature values to show (PyRadiomics names). */
        void showFeatures(Map<String, ?> values);
    }

    /** A running background job: its description and cancel flag. */
    public static final class Job {
        private final String what;
        private final int total;
        private final Executor ui;
        private final View view;
        private volatile boolean cancelled;

        private Job(String what, int total, Executor ui, View view) {
            this.what = what;
            this.total = total;
            this.ui = ui;
            this.view = view;
        }

        /** True once Cancel was pressed. */
        public boolean cancelled() {
            return cancelled;
        }

        /** Reports {@code done} steps (shown on the UI thread). */
        public void progress(int done) {
            ui.execute(() -> view.progress(done, total));
        }

        public String what() {
            return what;
        }
    }

    private final WorkbenchSession session;
    private final View view;
    private final Executor ui;
    private final Executor worker;
    private final ExecutorService ownWorker;
    private Job current;
    private volatile CountDownLatch idle = new CountDownLatch(0);

    /** A controller with its own background worker thread. */
    public WorkbenchController(WorkbenchSession session, View view, Executor ui) {
        this(session, view, ui, null);
    }

    /**
     * A controller whose background work runs on {@code worker} (null: a thread of its own); tests pass executors they
     * run by hand to cancel at a chosen moment.
     */
    public WorkbenchController(WorkbenchSession session, View view, Executor ui, Executor worker) {
        this.session = session;
        this.view = view;
        this.ui = ui;
        if (worker == null) {
            this.ownWorker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "workbench-worker");
                t.setDaemon(true);
                return t;
            });
            this.worker = ownWorker;
        } else {
            this.ownWorker = null;
            this.worker = worker;
        }
    }

    public WorkbenchSession session() {
        return session;
    }

    /** True while a background job runs. */
    public boolean busy() {
        return current != null;
    }

    /** Waits until no background job runs and the last result is committed (call off the UI thread). */
    public void awaitIdle() throws InterruptedException {
        while (true) {
            CountDownLatch l = idle;
            l.await();
            if (idle == l) {
                return;
            }
        }
    }

    /** Cancels the running job (its result is discarded when it ends); false when none runs. */
    public boolean cancel() {
        if (current == null) {
            view.status("nothing to cancel", false);
            return false;
        }
        current.cancelled = true;
        view.status("cancelling " + current.what + ": its result will be discarded, nothing changes", false);
        return true;
    }

    /** Grows a new lesion from voxel (i, j, k) in the background; false when refused (busy). */
    public boolean grow(int i, int j, int k, boolean sliceOnly) {
        return grow(i, j, k, GrowSettings.lesionDefaults(), sliceOnly);
    }

    /** Grows a new lesion from voxel (i, j, k) with {@code settings} in the background; false when refused. */
    public boolean grow(int i, int j, int k, GrowSettings settings, boolean sliceOnly) {
        return submit(String.format(Locale.ROOT, "growing from voxel %d, %d, %d", i, j, k), 0,
                job -> grownUnlessCancelled(() -> session.computeGrow(i, j, k, settings, sliceOnly, job::cancelled)), g -> {
                    WorkbenchSession.Lesion l = session.commitGrow(g);
                    view.lesionsChanged(l);
                    view.status(describe(l, g), false);
                }, g -> { });
    }

    /**
     * Re-grows lesion {@code label} from its voxel nearest the centre of slice {@code slice}, with an HU interval
     * "lower,upper" (blank: adaptive), in the background; false when refused or the interval is not valid.
     */
    public boolean regrow(int label, String interval, int slice) {
        if (refusedWhileBusy("re-grow")) {
            return false;
        }
        GrowSettings settings;
        int[] seed;
        try {
            settings = parseInterval(interval);
            seed = session.seedOf(label, slice);
        } catch (InvalidInputException e) {
            view.status(e.getMessage(), true);
            return false;
        }
        return submit("re-growing lesion " + label, 0, job -> grownUnlessCancelled(() -> session.computeGrow(seed[0],
                seed[1], seed[2], settings, false, job::cancelled)), g -> {
                    WorkbenchSession.Lesion l = session.commitRegrow(label, g);
                    view.lesionsChanged(l);
                    view.status(describe(l, g), false);
                }, g -> { });
    }

    /** Shows the features of lesion {@code label} (computed in the background when not known yet). */
    public boolean showFeatures(int label) {
        WorkbenchSession.FeatureJob fj = featureJobOrSay(List.of(label));
        if (fj == null) {
            return false;
        }
        if (fj.lesions().isEmpty()) {
            return false;
        }
        if (fj.toCompute() == 0) {
            view.showFeatures(fj.lesion(label));
            return true;
        }
        return submit("computing the features of " + fj.lesions().getFirst().name(), fj.toCompute(),
                job -> fj.compute(job::cancelled, job::progress) ? fj : null, done -> {
                    done.commit();
                    view.showFeatures(done.lesion(label));
                }, done -> { });
    }

    /** Shows the patient values aggregated as {@code a}, which becomes the aggregation of the features export. */
    public boolean showPatient(WorkbenchSession.Aggregation a) {
        WorkbenchSession.FeatureJob fj = featureJobOrSay(null);
        if (fj == null) {
            return false;
        }
        session.setAggregation(a);
        return submit("computing the patient " + a.word(), fj.toCompute(),
                job -> fj.compute(job::cancelled, job::progress) ? fj : null, done -> {
                    done.commit();
                    view.showFeatures(done.patient(a));
                    view.status("patient " + a.word() + " of " + done.lesions().size() + " lesion(s); the features "
                            + "export uses the " + a.word(), false);
                }, done -> { });
    }

    /**
     * Runs study {@code studyId} in the background: the features it needs (each lesion's, or the pooled region's) are
     * computed with progress and Cancel, then the prediction goes to {@code show} on the UI thread; a study that cannot
     * run shows its reason in the status line and to {@code fail}.
     */
    public boolean predict(org.netradiomics.model.PredictionService service, String studyId,
            Map<String, Double> clinical, Consumer<org.netradiomics.model.Prediction> show, Consumer<String> fail) {
        if (refusedWhileBusy("predict")) {
            fail.accept("a background job is running; predict when it has ended");
            return false;
        }
        WorkbenchSession.FeatureJob fj;
        boolean pooled;
        try {
            if (session.lesions().isEmpty()) {
                throw new InvalidInputException("no lesion yet: click a lesion to segment it first");
            }
            pooled = session.pooled(service, studyId);
            fj = session.featureJob(null);
        } catch (InvalidInputException e) {
            view.status(e.getMessage(), true);
            fail.accept(e.getMessage());
            return false;
        }
        return submit("computing the features for " + studyId, fj.toCompute(), job -> {
            if (!fj.compute(job::cancelled, job::progress)) {
                return null;
            }
            return pooled ? List.of(session.pooledFeatures()) : List.<Map<String, Double>>of();
        }, rows -> {
            fj.commit();
            try {
                show.accept(service.predict(studyId, pooled ? rows : session.lesionRows(), clinical));
            } catch (InvalidInputException e) {
                fail.accept(e.getMessage());
                throw e;
            }
        }, rows -> { });
    }

    /** The grown region, or null when the grower stopped because the job was cancelled. */
    private static WorkbenchSession.Grown grownUnlessCancelled(java.util.function.Supplier<WorkbenchSession.Grown> grow) {
        try {
            return grow.get();
        } catch (java.util.concurrent.CancellationException e) {
            return null;
        }
    }

    /** The feature job for {@code labels} (null = every lesion), or null after showing why there is none. */
    private WorkbenchSession.FeatureJob featureJobOrSay(List<Integer> labels) {
        try {
            return session.featureJob(labels);
        } catch (InvalidInputException e) {
            view.status(e.getMessage(), true);
            return null;
        }
    }

    /** Writes the features CSV (patient row aggregated as the session says) in the background. */
    public boolean exportFeatures(Path target) {
        WorkbenchSession.FeatureJob fj = featureJobOrSay(null);
        if (fj == null) {
            return false;
        }
        WorkbenchSession.Aggregation a = session.aggregation();
        return submit("exporting features to " + target.getFileName(), fj.toCompute(),
                job -> fj.compute(job::cancelled, job::progress) ? fj.writeTemporary(target, a) : null, tmp -> {
                    fj.commit();
                    AtomicWrite.commit(tmp, target);
                    view.status("wrote " + target + " (patient row: " + a.word() + ")", false);
                }, AtomicWrite::discard);
    }

    /** Writes the lesion masks (format by the file name) in the background. */
    public boolean exportMasks(Path target) {
        if (refusedWhileBusy("export")) {
            return false;
        }
        WorkbenchSession.MaskExport m;
        try {
            m = session.maskExport(target);
        } catch (InvalidInputException e) {
            view.status(e.getMessage(), true);
            return false;
        }
        return submit("exporting masks to " + target.getFileName(), 0, job -> m.writeTemporary(), tmp -> {
            AtomicWrite.commit(tmp, target);
            view.status("wrote " + target, false);
        }, AtomicWrite::discard);
    }

    /** Adds the lesions of a mask file (read in the background); a file for another image changes nothing. */
    public boolean loadMask(Path file) {
        return submit("loading " + file.getFileName(), 0,
                job -> ImageFilesAdapter.readLesions(file, session.image()), masks -> {
                    List<WorkbenchSession.Lesion> added = session.addLesions(masks, file.getFileName().toString());
                    view.lesionsChanged(added.getLast());
                    view.status("loaded " + added.size() + " lesion(s) from " + file.getFileName(), false);
                }, masks -> { });
    }

    /** Brush on lesion {@code label} at voxel (i, j, k); refused while a job runs. */
    public boolean brush(int label, int i, int j, int k, double radiusMm, boolean erase) {
        return edit("brush", () -> session.brush(label, i, j, k, radiusMm, erase));
    }

    /** Deletes lesion {@code label}; refused while a job runs. */
    public boolean delete(int label) {
        return edit("delete", () -> session.delete(label));
    }

    /** Renames lesion {@code label}; refused while a job runs. */
    public boolean rename(int label, String name) {
        return edit("rename", () -> session.rename(label, name));
    }

    /** Undoes the last voxel edit; refused while a job runs. */
    public boolean undo() {
        if (refusedWhileBusy("undo")) {
            return false;
        }
        if (!session.undo()) {
            view.status("nothing to undo", false);
            return false;
        }
        view.lesionsChanged(null);
        view.status("undone", false);
        return true;
    }

    @Override
    public void close() {
        if (ownWorker != null) {
            ownWorker.shutdownNow();
        }
    }

    private boolean edit(String what, Runnable action) {
        if (refusedWhileBusy(what)) {
            return false;
        }
        try {
            action.run();
        } catch (InvalidInputException e) {
            view.status(e.getMessage(), true);
            return false;
        }
        view.lesionsChanged(null);
        return true;
    }

    private boolean refusedWhileBusy(String what) {
        if (current == null) {
            return false;
        }
        view.status("busy " + current.what + ": " + what + " refused; wait until it ends or press Cancel", true);
        return true;
    }

    /** Runs {@code work} in the background, then {@code commit} (or {@code discard} when cancelled) on the UI thread. */
    private <T> boolean submit(String what, int total, Function<Job, T> work, Consumer<T> commit,
            Consumer<T> discard) {
        if (refusedWhileBusy(what)) {
            return false;
        }
        Job job = new Job(what, total, ui, view);
        CountDownLatch done = new CountDownLatch(1);
        current = job;
        idle = done;
        view.busy(what);
        view.progress(0, total);
        try {
            worker.execute(() -> {
                T result = null;
                RuntimeException failure = null;
                try {
                    result = work.apply(job);
                } catch (RuntimeException e) {
                    failure = e;
                }
                T r = result;
                RuntimeException f = failure;
                ui.execute(() -> finish(job, r, f, commit, discard, done));
            });
        } catch (RuntimeException e) {
            current = null;
            view.busy(null);
            done.countDown();
            view.status("cannot start " + what + ": " + e, true);
            return false;
        }
        return true;
    }

    private <T> void finish(Job job, T result, RuntimeException failure, Consumer<T> commit, Consumer<T> discard,
            CountDownLatch done) {
        current = null;
        view.busy(null);
        try {
            if (job.cancelled || (failure == null && result == null)) {
                if (result != null) {
                    discard.accept(result);
                }
                view.status("cancelled " + job.what + "; nothing changed", false);
            } else if (failure != null) {
                view.status(failure instanceof InvalidInputException ? failure.getMessage()
                        : job.what + " failed: " + failure, true);
            } else {
                try {
                    commit.accept(result);
                } catch (InvalidInputException e) {
                    discard.accept(result);
                    view.status(e.getMessage(), true);
                }
            }
        } finally {
            done.countDown();
        }
    }

    private static String describe(WorkbenchSession.Lesion l, WorkbenchSession.Grown g) {
        String s = String.format(Locale.ROOT, "%s: %.1f mL (%s)", l.name(), l.volumeMl(), l.status());
        if (l.volumeMl() < g.result().volumeMl() - 1e-9) {
            s += String.format(Locale.ROOT, "; %.1f mL that other lesions already held were left to them",
                    g.result().volumeMl() - l.volumeMl());
        }
        return s;
    }

    /** Grow settings from an HU interval "lower,upper"; blank: the adaptive lesion defaults. */
    static GrowSettings parseInterval(String interval) {
        if (interval == null || interval.isBlank()) {
            return GrowSettings.lesionDefaults();
        }
        String[] p = interval.split(",");
        if (p.length != 2) {
            throw new InvalidInputException("give the interval as lower,upper in HU, e.g. 20,90");
        }
        try {
            return GrowSettings.interval(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("the interval '" + interval + "' is not two numbers");
        }
    }
}
