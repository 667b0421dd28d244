package org.netradiomics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape;

/** Nothing already segmented is lost: no overwriting, undo of list and voxels together, no empty lesion. */
class WorkbenchSessionEditsTest {
    @TempDir
    Path tmp;

    /** A fast stand-in for the extractor: the voxel count and the first voxel's index. */
    static final class CountingService implements LesionFeatureService {
        int calls;

        @Override
        public Map<String, Object> features(Volume image, Mask lesion) {
            calls++;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("diagnostics_Mask-original_VoxelNum", (double) lesion.count());
            f.put("original_shape_VoxelVolume", (double) lesion.count() * image.geometry().voxelVolume());
            return f;
        }

        @Override
        public String settings() {
            return "voxel count";
        }

        @Override
        public String settingsFile() {
            return "/params/counting.yaml";
        }
    }

    private static PhantomBuilder.Phantom phantom() {
        return new PhantomBuilder(80, 80, 40, 1, 1, 2).body(40)
                .lesion(Shape.Ellipsoid.sphere(25, 30, 40, 8, 120))
                .lesion(Shape.Ellipsoid.sphere(55, 50, 40, 6, 120))
                .noise(10, 3).build();
    }

    private static Mask box(Geometry g, int i0, int i1, int j0, int j1, int k0, int k1) {
        boolean[] in = new boolean[g.voxelCount()];
        for (int k = k0; k <= k1; k++) {
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    in[g.index(i, j, k)] = true;
                }
            }
        }
        return new Mask(g, in);
    }

    @Test
    void aNewLesionDoesNotOverwriteEarlierLesionsUnlessAsked() {
        PhantomBuilder.Phantom ph = phantom();
        Geometry g = ph.image().geometry();
        WorkbenchSession s = new WorkbenchSession(ph.image(), "phantom", new CountingService());
        assertFalse(s.overwriteExisting(), "safer default: no overwriting");
        WorkbenchSession.Lesion a = s.grow(25, 30, 20, GrowSettings.lesionDefaults(), false);
        int aVoxels = s.labels().count(a.label());
        // a wide interval from the body next to lesion 1 takes the body and would take lesion 1 too
        WorkbenchSession.Lesion body = s.grow(25, 44, 20, GrowSettings.interval(-100, 200).withGuards(12, 200, 0),
                false);
        assertEquals(aVoxels, s.labels().count(a.label()), "lesion 1 keeps all its voxels");
        Mask bodyMask = s.mask(body.label());
        Mask aMask = s.mask(a.label());
        for (int v = 0; v < g.voxelCount(); v++) {
            assertFalse(bodyMask.inside()[v] && aMask.inside()[v]);
        }
        assertEquals(s.labels().count(body.label()) * g.voxelVolume() / 1000, body.volumeMl(), 1e-9,
                "the volume is that of the voxels the lesion got");
        // clicking inside lesion 1 again grows a region lying wholly in it: refused, nothing added
        InvalidInputException inside = assertThrows(InvalidInputException.class,
                () -> s.grow(25, 30, 20, GrowSettings.lesionDefaults(), false));
        assertTrue(inside.getMessage().contains("inside existing lesions"), inside.getMessage());
        assertEquals(2, s.lesions().size());
        // loaded masks follow the same rule: the overlap stays with the earlier lesion
        WorkbenchSession m = new WorkbenchSession(ph.image(), "phantom", new CountingService());
        WorkbenchSession.Lesion first = m.addLesion("first", box(g, 10, 19, 10, 19, 5, 9));
        WorkbenchSession.Lesion second = m.addLesion("second", box(g, 15, 24, 10, 19, 5, 9));
        assertEquals(500, m.labels().count(first.label()));
        assertEquals(250, m.labels().count(second.label()));
        // and overwriting, when chosen, does overwrite
        m.setOverwriteExisting(true);
        WorkbenchSession.Lesion third = m.addLesion("third", box(g, 10, 14, 10, 19, 5, 9));
        assertEquals(250, m.labels().count(third.label()));
        assertEquals(250, m.labels().count(first.label()));
        assertEquals(250 * g.voxelVolume() / 1000, m.lesions().get(0).volumeMl(), 1e-12, "the list says so too");
        // lesions overwritten completely (first's rest, second) leave the list; undo brings them back
        m.addLesion("all of second", box(g, 15, 24, 10, 19, 5, 9));
        assertEquals(List.of("third", "all of second"),
                m.lesions().stream().map(WorkbenchSession.Lesion::name).toList());
        assertTrue(m.undo());
        assertEquals(List.of("first", "second", "third"),
                m.lesions().stream().map(WorkbenchSession.Lesion::name).toList());
        assertEquals(250, m.labels().count(second.label()));
        assertEquals(250, m.labels().count(first.label()));
    }

    @Test
    void undoRestoresTheLesionListWithTheVoxels() {
        PhantomBuilder.Phantom ph = phantom();
        WorkbenchSession s = new WorkbenchSession(ph.image(), "phantom", new CountingService());
        WorkbenchSession.Lesion a = s.grow(25, 30, 20, GrowSettings.lesionDefaults(), false);
        WorkbenchSession.Lesion b = s.grow(55, 50, 20, GrowSettings.lesionDefaults(), false);
        // undo after a grow: the lesion leaves the list and the label map
        assertTrue(s.undo());
        assertEquals(List.of(a.label()), s.lesions().stream().map(WorkbenchSession.Lesion::label).toList());
        assertEquals(0, s.labels().count(b.label()));
        b = s.grow(55, 50, 20, GrowSettings.lesionDefaults(), false);
        int bVoxels = s.labels().count(b.label());
        s.rename(b.label(), "liver VII");
        // undo after a delete: voxels and list entry (with its name) come back, in place
        s.delete(a.label());
        assertEquals(1, s.lesions().size());
        assertTrue(s.undo());
        assertEquals(List.of("lesion 1", "liver VII"), s.lesions().stream().map(WorkbenchSession.Lesion::name).toList());
        assertEquals(a.volumeMl(), s.lesions().get(0).volumeMl(), 1e-12);
        assertEquals(Math.round(a.volumeMl() * 1000 / ph.image().geometry().voxelVolume()),
                s.labels().count(a.label()));
        assertEquals(s.labels().count(a.label()), s.mask(a.label()).count(), "the listed lesion has its voxels");
        // a brush edit updates the volume; its undo restores both
        s.brush(b.label(), 55, 50, 20, 2, true);
        double edited = s.lesions().get(1).volumeMl();
        assertTrue(edited < b.volumeMl());
        assertTrue(s.lesions().get(1).segmentation().method().endsWith("+ brush edits"));
        assertTrue(s.undo());
        assertEquals(bVoxels, s.labels().count(b.label()));
        assertEquals(b.volumeMl(), s.lesions().get(1).volumeMl(), 1e-12);
        assertEquals("liver VII", s.lesions().get(1).name(), "a rename is kept through undo");
        // every listed lesion has voxels, every labelled voxel is listed
        for (WorkbenchSession.Lesion l : s.lesions()) {
            assertTrue(s.labels().count(l.label()) > 0, l.toString());
        }
        int listed = s.lesions().stream().mapToInt(l -> s.labels().count(l.label())).sum();
        assertEquals(ph.image().geometry().voxelCount() - s.labels().count(0), listed);
        // undo all the way back: an empty list on an empty label map
        while (s.undo()) {
            assertEquals(s.lesions().stream().mapToInt(l -> s.labels().count(l.label())).sum(),
                    ph.image().geometry().voxelCount() - s.labels().count(0));
        }
        assertTrue(s.lesions().isEmpty());
        assertEquals(ph.image().geometry().voxelCount(), s.labels().count(0));
    }

    @Test
    void aRegionEmptyAfterTheOpeningAddsNoLesion() {
        // a one-voxel-thin bright line in soft tissue: the 2 mm opening removes all of it
        Geometry g = Geometry.of(40, 40, 20, 1, 1, 1);
        float[] hu = new float[g.voxelCount()];
        for (int i = 5; i <= 35; i++) {
            hu[g.index(i, 20, 10)] = 300;
        }
        WorkbenchSession s = new WorkbenchSession(new Volume(g, hu), "line", new CountingService());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.grow(20, 20, 10, GrowSettings.interval(200, 400).withGuards(40, 200, 2.0), false));
        assertTrue(e.getMessage().contains("empty after the 2.0 mm opening") && e.getMessage().contains("No lesion"),
                e.getMessage());
        assertTrue(s.lesions().isEmpty(), "no 0.0 mL lesion");
        assertFalse(s.undo(), "and nothing to undo");
    }

    @Test
    void patientRowUsesTheChosenAggregationAndRowsCarryProvenance() throws Exception {
        PhantomBuilder.Phantom ph = phantom();
        Geometry g = ph.image().geometry();
        WorkbenchSession s = new WorkbenchSession(ph.image(), "phantom", new CountingService());
        WorkbenchSession.Lesion grown = s.grow(25, 30, 20, GrowSettings.lesionDefaults(), false);
        s.addLesion("small", box(g, 60, 61, 10, 11, 5, 5));
        s.addLesion("medium", box(g, 60, 64, 20, 24, 5, 5));
        double[] counts = s.lesions().stream().mapToDouble(l -> s.labels().count(l.label())).sorted().toArray();
        double median = counts[1] * g.voxelVolume();
        double mean = (counts[0] + counts[1] + counts[2]) / 3 * g.voxelVolume();
        assertTrue(Math.abs(median - mean) > 1, "three lesions whose median and mean differ");
        Path med = tmp.resolve("median.csv");
        s.exportFeatures(med);
        Map<String, String> patient = TestCsv.read(med).get(3);
        assertEquals("patient (median of 3 lesions)", patient.get("Lesion"));
        assertEquals("median", patient.get("Aggregation"));
        assertEquals(median, Double.parseDouble(patient.get("original_shape_VoxelVolume")), 1e-9);
        s.setAggregation(WorkbenchSession.Aggregation.MEAN);
        Path mn = tmp.resolve("mean.csv");
        s.exportFeatures(mn);
        List<Map<String, String>> rows = TestCsv.read(mn);
        assertEquals("patient (mean of 3 lesions)", rows.get(3).get("Lesion"));
        assertEquals("mean", rows.get(3).get("Aggregation"));
        assertEquals(mean, Double.parseDouble(rows.get(3).get("original_shape_VoxelVolume")), 1e-9);
        assertEquals(s.patientFeatures(WorkbenchSession.Aggregation.MEAN).get("original_shape_VoxelVolume"),
                Double.parseDouble(rows.get(3).get("original_shape_VoxelVolume")), 1e-9);
        // provenance: how each lesion was segmented, the settings file and the software version on every row
        Map<String, String> first = rows.get(0);
        assertEquals("region growing 3D", first.get("Segmentation"));
        assertEquals("25 30 20", first.get("SeedVoxel"));
        assertEquals("ADAPTIVE", first.get("GrowMode"));
        assertTrue(first.get("GrowInterval").matches("\\[-?\\d+\\.\\d, -?\\d+\\.\\d\\]"), first.get("GrowInterval"));
        assertTrue(first.get("GrowSettings").contains("multiplier=2.5") && first.get("GrowSettings").contains(
                "openingRadiusMm=0.0") && first.get("GrowSettings").contains("edgeStopSd=0.4")
                && first.get("GrowSettings").contains("leakGrowth=1.5"), first.get("GrowSettings"));
        assertEquals(grown.status(), first.get("GrowStatus"));
        assertEquals("loaded from a mask", rows.get(1).get("Segmentation"));
        for (Map<String, String> r : rows) {
            assertEquals("/params/counting.yaml", r.get("diagnostics_Configuration_SettingsFile"));
            assertEquals(org.netradiomics.extraction.RadiomicsExtractor.VERSION,
                    r.get("diagnostics_Versions_NETRadiomics"));
        }
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "no temporary file left: " + tmp);
        }
    }

    @Test
    void aMissingParameterFileIsAnErrorNamingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ExtractionFeatureService(tmp.resolve("settings-typo.yaml")));
        assertTrue(e.getMessage().contains("settings-typo.yaml") && e.getMessage().contains("not found"),
                e.getMessage());
        assertEquals("none (PyRadiomics defaults)", new ExtractionFeatureService(null).settingsFile());
    }

    @Test
    void pooledStudyGetsTheFeaturesOfTheUnionOfTheLesions() {
        PhantomBuilder.Phantom ph = phantom();
        Geometry g = ph.image().geometry();
        WorkbenchSession s = new WorkbenchSession(ph.image(), "phantom", new CountingService());
        s.addLesion("a", box(g, 2, 4, 2, 4, 2, 2));      // 9 voxels
        s.addLesion("b", box(g, 10, 13, 10, 11, 3, 4));  // 16 voxels
        org.netradiomics.model.StudyLibrary library = new org.netradiomics.model.StudyLibrary();
        for (String aggregation : List.of("pooled", "mean")) {
            library.add(new org.netradiomics.model.ModelPackage("vol-" + aggregation, "test", "", Map.of(), Map.of(),
                    aggregation, List.of(new org.netradiomics.model.InputSpec("original_shape_VoxelVolume",
                            org.netradiomics.model.InputSpec.Kind.FEATURE, "mm3", Double.NaN, Double.NaN, false, false,
                            Double.NaN, Double.NaN, "")), new org.netradiomics.model.Estimator.Logistic(0,
                            Map.of("original_shape_VoxelVolume", 1.0)), Double.NaN, List.of(), "fitted-on-site",
                    List.of(), Map.of(), Map.of()));
        }
        double v = g.voxelVolume();
        assertEquals(25 * v, s.predict(library, "vol-pooled", Map.of()).linearPredictor(), 1e-9);
        assertEquals(12.5 * v, s.predict(library, "vol-mean", Map.of()).linearPredictor(), 1e-9);
    }
}
