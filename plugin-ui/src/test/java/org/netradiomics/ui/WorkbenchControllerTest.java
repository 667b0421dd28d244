package org.netradiomics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape;

/**
 * The workbench's threading without a window: background work never touches the session, its result is committed on
 * the UI thread unless cancelled, one job at a time. The UI thread and the worker are executors run by hand, so that
 * Cancel can come at a chosen moment.
 */
class WorkbenchControllerTest {
    @TempDir
    Path tmp;

    /** An executor that runs what it was given only when told. */
    static final class ByHand implements Executor {
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    /** Records what the window would show. */
    static final class Recorder implements WorkbenchController.View {
        final List<String> statuses = new ArrayList<>();
        boolean lastError;
        String busy;
        int changes;
        Map<String, ?> shown;

        @Override
        public void status(String message, boolean error) {
            statuses.add(message);
            lastError = error;
        }

        @Override
        public void busy(String what) {
            busy = what;
        }

        @Override
        public void progress(int done, int total) {
        }

        @Override
        public void lesionsChanged(WorkbenchSession.Lesion select) {
            changes++;
        }

        @Override
        public void showFeatures(Map<String, ?> values) {
            shown = values;
        }

        String last() {
            return statuses.getLast();
        }
    }

    private static Volume phantom() {
        return new PhantomBuilder(80, 80, 40, 1, 1, 2).body(40)
                .lesion(Shape.Ellipsoid.sphere(25, 30, 40, 8, 120))
                .lesion(Shape.Ellipsoid.sphere(55, 50, 40, 6, 120))
                .noise(10, 3).build().image();
    }

    @Test
    void cancelledGrowAddsNothingAndClicksWhileBusyAreRefused() {
        ByHand ui = new ByHand();
        ByHand worker = new ByHand();
        Recorder view = new Recorder();
        WorkbenchSession s = new WorkbenchSession(phantom(), "phantom", new WorkbenchSessionEditsTest.CountingService());
        WorkbenchController c = new WorkbenchController(s, view, ui, worker);
        WorkbenchSession.Lesion existing = s.grow(55, 50, 20, org.netradiomics.segmentation.GrowSettings
                .lesionDefaults(), false);
        int existingVoxels = s.labels().count(existing.label());
        assertTrue(c.grow(25, 30, 20, false));
        assertTrue(c.busy());
        assertTrue(view.busy.contains("growing from voxel 25, 30, 20"), view.busy);
        // while the grow runs: a second click, brush, delete and undo are refused, and nothing changes
        assertFalse(c.grow(26, 30, 20, false));
        assertTrue(view.last().startsWith("busy growing") && view.lastError, view.last());
        assertFalse(c.brush(existing.label(), 55, 50, 20, 2, true));
        assertFalse(c.delete(existing.label()));
        assertFalse(c.undo());
        assertFalse(c.exportFeatures(tmp.resolve("f.csv")));
        assertEquals(1, s.lesions().size());
        assertEquals(existingVoxels, s.labels().count(existing.label()));
        // Cancel, then the background growth ends: its region is discarded
        assertTrue(c.cancel());
        worker.runAll();
        assertEquals(1, s.lesions().size(), "the cancelled grow added nothing");
        assertTrue(c.busy(), "busy until the background work has ended and its end was handled");
        ui.runAll();
        assertFalse(c.busy());
        assertEquals(List.of(existing), s.lesions());
        assertEquals(existingVoxels, s.labels().count(existing.label()));
        assertTrue(view.last().startsWith("cancelled growing"), view.last());
        assertEquals(0, view.changes);
        // the same grow, not cancelled, is committed on the UI thread only
        assertTrue(c.grow(25, 30, 20, false));
        worker.runAll();
        assertEquals(1, s.lesions().size(), "computed, not yet committed");
        ui.runAll();
        assertEquals(2, s.lesions().size());
        assertTrue(view.last().matches("lesion 2: \\d+\\.\\d mL \\(\\w+\\)"), view.last());
        assertEquals(1, view.changes);
        // undo, now allowed, removes it from list and label map together
        assertTrue(c.undo());
        assertEquals(List.of(existing), s.lesions());
    }

    @Test
    void cancelledExtractionKeepsNoFeatures() {
        ByHand ui = new ByHand();
        ByHand worker = new ByHand();
        Recorder view = new Recorder();
        WorkbenchController[] c = new WorkbenchController[1];
        int[] calls = new int[1];
        LesionFeatureService cancelling = new LesionFeatureService() {
            @Override
            public Map<String, Object> features(Volume image, Mask lesion) {
                calls[0]++;
                c[0].cancel(); // Cancel pressed while the first lesion is extracted
                return Map.of("original_shape_VoxelVolume", (double) lesion.count());
            }

            @Override
            public String settings() {
                return "test";
            }
        };
        WorkbenchSession s = new WorkbenchSession(phantom(), "phantom", cancelling);
        s.grow(25, 30, 20, org.netradiomics.segmentation.GrowSettings.lesionDefaults(), false);
        s.grow(55, 50, 20, org.netradiomics.segmentation.GrowSettings.lesionDefaults(), false);
        c[0] = new WorkbenchController(s, view, ui, worker);
        assertTrue(c[0].showPatient(WorkbenchSession.Aggregation.MEAN));
        worker.runAll();
        ui.runAll();
        assertEquals(1, calls[0], "extraction stopped after the lesion during which Cancel came");
        assertEquals(2, s.featureJob(null).toCompute(), "no feature was kept");
        assertEquals(null, view.shown);
        assertTrue(view.last().startsWith("cancelled computing the patient mean"), view.last());
    }

    @Test
    void cancelledExportsLeaveNoFileAndFinishedOnesLeaveNoTemporaryFile() throws Exception {
        ByHand ui = new ByHand();
        ByHand worker = new ByHand();
        Recorder view = new Recorder();
        WorkbenchSession s = new WorkbenchSession(phantom(), "phantom", new WorkbenchSessionEditsTest.CountingService());
        s.grow(25, 30, 20, org.netradiomics.segmentation.GrowSettings.lesionDefaults(), false);
        s.grow(55, 50, 20, org.netradiomics.segmentation.GrowSettings.lesionDefaults(), false);
        WorkbenchController c = new WorkbenchController(s, view, ui, worker);
        Path dir = tmp.resolve("out");
        Path csv = dir.resolve("features.csv");
        Path masks = dir.resolve("lesions.seg.nrrd");
        // Cancel before the work starts
        assertTrue(c.exportFeatures(csv));
        c.cancel();
        worker.runAll();
        ui.runAll();
        // Cancel after the temporary file was written, before it is moved into place
        assertTrue(c.exportFeatures(csv));
        worker.runAll();
        c.cancel();
        ui.runAll();
        assertTrue(c.exportMasks(masks));
        worker.runAll();
        c.cancel();
        ui.runAll();
        assertFalse(Files.exists(csv) || Files.exists(masks));
        assertEquals(List.of(), list(dir), "no partial or temporary file");
        assertEquals(2, s.featureJob(null).toCompute(), "the cancelled export's features were not kept");
        // not cancelled: the files, and nothing else
        assertTrue(c.exportFeatures(csv));
        worker.runAll();
        ui.runAll();
        assertTrue(c.exportMasks(masks));
        worker.runAll();
        ui.runAll();
        assertEquals(List.of("features.csv", "lesions.seg.nrrd"), list(dir));
        assertTrue(view.last().startsWith("wrote "), view.last());
        assertEquals(4, Files.readAllLines(csv).size(), "header, two lesions, patient");
        assertEquals(0, s.featureJob(null).toCompute(), "the export's features are kept");
    }

    @Test
    void realThreadsCommitOnTheUiThread() throws Exception {
        ExecutorService uiThread = Executors.newSingleThreadExecutor();
        try {
            Recorder view = new Recorder();
            WorkbenchSession s = new WorkbenchSession(phantom(), "phantom",
                    new WorkbenchSessionEditsTest.CountingService());
            WorkbenchController c = uiThread.submit(() -> new WorkbenchController(s, view, uiThread)).get();
            assertTrue(uiThread.submit(() -> c.grow(25, 30, 20, false)).get());
            c.awaitIdle();
            assertEquals(1, uiThread.submit(() -> s.lesions().size()).get());
            assertTrue(uiThread.submit(() -> c.showFeatures(s.lesions().getFirst().label())).get());
            c.awaitIdle();
            assertEquals((double) uiThread.submit(() -> s.labels().count(1)).get(),
                    uiThread.submit(() -> view.shown.get("diagnostics_Mask-original_VoxelNum")).get());
            c.close();
        } finally {
            uiThread.shutdownNow();
        }
    }

    private static List<String> list(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void predictionRunsInTheBackgroundAndCancelShowsNothing() {
        ByHand ui = new ByHand();
        ByHand worker = new ByHand();
        Recorder view = new Recorder();
        WorkbenchSessionEditsTest.CountingService counting = new WorkbenchSessionEditsTest.CountingService();
        WorkbenchSession s = new WorkbenchSession(phantom(), "phantom", counting);
        WorkbenchController c = new WorkbenchController(s, view, ui, worker);
        s.grow(25, 30, 20, org.netradiomics.segmentation.GrowSettings.lesionDefaults(), false);
        org.netradiomics.model.StudyLibrary library = new org.netradiomics.model.StudyLibrary();
        library.add(new org.netradiomics.model.ModelPackage("vol", "test", "", Map.of(), Map.of(), "median",
                List.of(new org.netradiomics.model.InputSpec("original_shape_VoxelVolume",
                        org.netradiomics.model.InputSpec.Kind.FEATURE, "mm3", Double.NaN, Double.NaN, false, false,
                        Double.NaN, Double.NaN, "")), new org.netradiomics.model.Estimator.Logistic(0,
                        Map.of("original_shape_VoxelVolume", 0.001)), Double.NaN, List.of(), "fitted-on-site",
                List.of(), Map.of(), Map.of()));
        List<org.netradiomics.model.Prediction> shown = new ArrayList<>();
        List<String> failed = new ArrayList<>();

        // cancelled while the features are computed: no prediction shown, nothing cached
        assertTrue(c.predict(library, "vol", Map.of(), shown::add, failed::add));
        assertEquals(0, counting.calls, "no feature computed on the UI thread");
        assertTrue(c.cancel());
        worker.runAll();
        ui.runAll();
        assertTrue(shown.isEmpty() && failed.isEmpty(), shown + " " + failed);
        assertTrue(view.last().startsWith("cancelled computing the features for vol"), view.last());

        // run to the end: the features are computed in the background and the prediction shown on the UI thread
        assertTrue(c.predict(library, "vol", Map.of(), shown::add, failed::add));
        int before = counting.calls;
        worker.runAll();
        assertTrue(counting.calls > before, "features computed by the worker");
        assertTrue(shown.isEmpty(), "nothing shown before the UI thread ran");
        ui.runAll();
        assertEquals(1, shown.size(), failed.toString());
        double volume = s.labels().count(s.lesions().get(0).label()) * s.image().geometry().voxelVolume();
        assertEquals(1 / (1 + Math.exp(-0.001 * volume)), shown.get(0).probability(), 1e-12);

        // a study that cannot run says why (this feature service computes no shape Flatness)
        assertTrue(c.predict(library, "talent-radiomics", Map.of(), shown::add, failed::add));
        worker.runAll();
        ui.runAll();
        assertEquals(1, failed.size());
        assertEquals("model 'talent-radiomics': missing feature value 'original_shape_Flatness'; nothing is imputed",
                failed.get(0));
        assertTrue(view.lastError);
    }
}
