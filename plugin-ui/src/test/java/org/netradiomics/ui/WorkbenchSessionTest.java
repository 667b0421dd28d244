package org.netradiomics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.cli.Main;
import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;
import org.netradiomics.volume.io.NiftiWriter;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape;

/** The workbench's actions without a window, on a synthetic phantom with two lesions of known size. */
class WorkbenchSessionTest {
    @TempDir
    Path tmp;

    private static PhantomBuilder.Phantom build() {
        return new PhantomBuilder(80, 80, 40, 1, 1, 2).body(40)
                .lesion(Shape.Ellipsoid.sphere(25, 30, 40, 8, 120))
                .lesion(Shape.Ellipsoid.sphere(55, 50, 40, 6, 120))
                .noise(10, 3).build();
    }

    private static Volume phantom() {
        return build().image();
    }

    private static double dice(org.netradiomics.volume.Mask a, org.netradiomics.volume.Mask b) {
        int both = 0;
        for (int v = 0; v < a.inside().length; v++) {
            both += a.inside()[v] && b.inside()[v] ? 1 : 0;
        }
        return 2.0 * both / (a.count() + b.count());
    }

    @Test
    void lesionsCanBeGrownEditedUndoneAndExported() {
        PhantomBuilder.Phantom ph = build();
        WorkbenchSession s = new WorkbenchSession(ph.image(), "phantom", new ExtractionFeatureService(null));
        WorkbenchSession.Lesion a = s.grow(25, 30, 20, GrowSettings.lesionDefaults(), false);
        WorkbenchSession.Lesion b = s.grow(55, 50, 20, GrowSettings.lesionDefaults(), false);
        // each lesion matches the phantom's painted truth (small spheres of radius 8 and 6 mm on 2 mm slices)
        assertTrue(dice(s.mask(a.label()), ph.lesions().get(0)) > 0.85, "lesion 1 Dice");
        assertTrue(dice(s.mask(b.label()), ph.lesions().get(1)) > 0.8, "lesion 2 Dice");
        s.rename(a.label(), "segment VII");
        assertEquals("segment VII", s.lesions().get(0).name());
        // a click on air is refused with a message and nothing already segmented is lost
        InvalidInputException air = assertThrows(InvalidInputException.class,
                () -> s.grow(1, 1, 1, GrowSettings.lesionDefaults(), false));
        assertTrue(air.getMessage().toLowerCase().contains("air") || air.getMessage().contains("HU"), air.getMessage());
        assertEquals(2, s.lesions().size());
        int before = s.labels().count(b.label());
        s.brush(b.label(), 55, 50, 20, 2, true);
        assertTrue(s.labels().count(b.label()) < before);
        assertTrue(s.undo());
        assertEquals(before, s.labels().count(b.label()));
        double mean = ((Number) s.features(a.label()).get("original_firstorder_Mean")).doubleValue();
        assertTrue(mean > 90 && mean < 130, "lesion mean HU " + mean);
        Path csv = tmp.resolve("features.csv");
        s.exportFeatures(csv);
        Path masks = tmp.resolve("lesions.nii.gz");
        s.exportMasks(masks);
        Volume labels = NiftiReader.read(masks);
        assertEquals(a.label(), (int) labels.get(25, 30, 20));
        assertEquals(b.label(), (int) labels.get(55, 50, 20));
        // prediction: the published TALENT signature needs a site calibration first, and says so
        org.netradiomics.model.StudyLibrary library = new org.netradiomics.model.StudyLibrary();
        InvalidInputException uncalibrated = assertThrows(InvalidInputException.class,
                () -> s.predict(library, "talent-combined", java.util.Map.of("ki67", 10.0, "primary_pancreas", 1.0)));
        assertTrue(uncalibrated.getMessage().contains("not published"), uncalibrated.getMessage());
        // calibrated on a (synthetic) reference cohort, it runs on the two lesions' median features
        java.util.List<java.util.Map<String, Double>> cohort = new java.util.ArrayList<>();
        boolean[] outcome = new boolean[40];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < 40; i++) {
            java.util.Map<String, Double> row = new java.util.HashMap<>();
            for (org.netradiomics.model.InputSpec in : library.study("talent-radiomics").inputs()) {
                double v = ((Number) s.features(a.label()).get(in.name())).doubleValue();
                row.put(in.name(), v * (0.5 + r.nextDouble()) + r.nextDouble());
            }
            cohort.add(row);
            outcome[i] = i % 2 == 0;
        }
        library.add(org.netradiomics.model.Calibration.fromReferenceCohort(library.study("talent-radiomics"), cohort,
                outcome, "synthetic"));
        org.netradiomics.model.Prediction p = s.predict(library, "talent-combined",
                java.util.Map.of("ki67", 10.0, "primary_pancreas", 1.0));
        assertTrue(p.probability() > 0 && p.probability() < 1 && !p.group().isEmpty(), p.toString());
        // re-grow lesion 2 with a fixed interval from its centre voxel: a new region replaces the old one
        int[] seed = s.seedOf(b.label(), 20);
        assertTrue(s.labels().get(seed[0], seed[1], seed[2]) == b.label(), "seed inside the lesion");
        WorkbenchSession.Lesion regrown = s.regrow(b.label(), seed[0], seed[1], seed[2], GrowSettings.interval(80, 200));
        assertEquals(b.label(), regrown.label());
        assertTrue(dice(s.mask(b.label()), ph.lesions().get(1)) > 0.7, "re-grown lesion 2 Dice");
        // masks by file type: a named Slicer segmentation, a NRRD label image; DICOM-SEG needs a DICOM source
        Path seg = tmp.resolve("lesions.seg.nrrd");
        s.exportMasks(seg);
        org.netradiomics.volume.io.SegmentationFile sf = org.netradiomics.volume.io.SegmentationFile.read(seg);
        assertEquals(java.util.List.of("segment VII", "lesion 2"),
                sf.segments().stream().map(org.netradiomics.volume.io.SegmentationFile.Segment::name).toList());
        assertEquals(s.mask(b.label()).count(), sf.mask("lesion 2").count());
        Path nrrd = tmp.resolve("lesions.nrrd");
        s.exportMasks(nrrd);
        assertEquals(b.label(), (int) org.netradiomics.volume.io.NrrdReader.read(nrrd).get(55, 50, 20));
        // loading the exported segmentation into a new session gives the same lesions; another image's mask is refused
        WorkbenchSession again = new WorkbenchSession(ph.image(), "phantom", new ExtractionFeatureService(null));
        ImageFilesAdapter.readLesions(seg, ph.image()).forEach(again::addLesion);
        assertEquals(2, again.lesions().size());
        assertEquals(s.mask(b.label()).count(), again.mask(again.lesions().get(1).label()).count());
        Path other = tmp.resolve("other.nii.gz");
        boolean[] one = new boolean[1000];
        one[555] = true;
        NiftiWriter.write(new org.netradiomics.volume.Mask(org.netradiomics.volume.Geometry.of(10, 10, 10, 1, 1, 1),
                one), other);
        InvalidInputException wrongImage = assertThrows(InvalidInputException.class,
                () -> ImageFilesAdapter.readLesions(other, ph.image()));
        assertTrue(wrongImage.getMessage().contains("mask for another image"), wrongImage.getMessage());
        assertEquals(2, again.lesions().size(), "nothing was added");
        InvalidInputException noDicom = assertThrows(InvalidInputException.class,
                () -> s.exportMasks(tmp.resolve("lesions.dcm")));
        assertTrue(noDicom.getMessage().contains("DICOM series"), noDicom.getMessage());
        s.delete(b.label());
        assertEquals(1, s.lesions().size());
        assertThrows(InvalidInputException.class, () -> s.rename(b.label(), "gone"));
    }

    @Test
    void headlessCommandWritesFeaturesAndMasks() throws Exception {
        Path ct = tmp.resolve("ct.nii.gz");
        org.netradiomics.volume.io.NiftiWriter.write(phantom(), ct);
        // a --params file that does not exist is an error naming it, not a silent fall-back to the defaults
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int missing = Main.run(new String[] {"workbench", "--headless", "yes", "--image", ct.toString(), "--seed",
            "25,30,20", "--out", tmp.resolve("out").toString(), "--params", "none.yaml"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(1, missing);
        assertTrue(err.toString().contains("parameter file not found") && err.toString().contains("none.yaml"),
                err.toString());
        assertTrue(!Files.exists(tmp.resolve("out")), "nothing written");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"workbench", "--headless", "yes", "--image", ct.toString(), "--seed",
            "25,30,20", "--out", tmp.resolve("out").toString()}, new PrintStream(out),
                new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, rc, out.toString());
        assertTrue(out.toString().contains("features.csv"), out.toString());
        List<String> lines = Files.readAllLines(tmp.resolve("out").resolve("features.csv"));
        assertEquals(3, lines.size(), "header, one lesion row and the patient row");
        assertTrue(lines.get(2).contains("patient (median of 1 lesions)"));
    }
}
