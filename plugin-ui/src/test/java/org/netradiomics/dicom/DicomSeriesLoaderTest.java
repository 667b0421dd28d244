package org.netradiomics.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** The JPEG 2000 abdominal CT series: geometry against the liver NIfTI, HU values, and refused folders. */
class DicomSeriesLoaderTest {
    @TempDir
    Path tmp;

    private static Path data(String relative) {
        Path p = Paths.get("..", "shared", "data").resolve(relative);
        if (!Files.exists(p)) {
            p = Paths.get("..", "..", "shared", "data").resolve(relative);
        }
        Assumptions.assumeTrue(Files.exists(p) || System.getenv("CI") == null, "shared data not found");
        return p;
    }

    @Test
    void abdominalCtMatchesTheLiverMaskGrid() {
        long t0 = System.nanoTime();
        Volume ct = DicomSeriesLoader.load(data("ct/abdomen_ct/dicom"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Geometry g = ct.geometry();
        System.out.printf("abdomen_ct DICOM: %d x %d x %d, spacing %.3f x %.3f x %.3f mm, loaded in %d ms%n", g.nx(),
                g.ny(), g.nz(), g.spacing(0), g.spacing(1), g.spacing(2), ms);
        // data README: 512 x 512 x 20, 0.98 mm pixels, 2 mm slice spacing
        assertEquals(512, g.nx());
        assertEquals(512, g.ny());
        assertEquals(20, g.nz());
        assertEquals(2.0, g.spacing(2), 1e-3);
        Volume liverLabels = NiftiReader.read(data("ct/abdomen_ct/masks/liver.nii.gz"));
        Mask liver = Mask.fromLabel(liverLabels, 1);
        // same physical grid: each liver voxel's centre maps to a DICOM voxel index (the NIfTI j axis is flipped)
        double sum = 0;
        int n = 0;
        Geometry lg = liver.geometry();
        boolean[] in = liver.inside();
        for (int v = 0; v < in.length; v++) {
            if (!in[v]) {
                continue;
            }
            int i = v % lg.nx();
            int j = (v / lg.nx()) % lg.ny();
            int k = v / (lg.nx() * lg.ny());
            double[] phys = lg.indexToPhysical(i, j, k);
            double[] idx = g.physicalToIndex(phys[0], phys[1], phys[2]);
            int di = (int) Math.round(idx[0]);
            int dj = (int) Math.round(idx[1]);
            int dk = (int) Math.round(idx[2]);
            assertEquals(idx[0], di, 1e-3, "integer DICOM index");
            assertEquals(idx[2], dk, 1e-3, "integer DICOM slice");
            sum += ct.get(di, dj, dk);
            n++;
        }
        double mean = sum / n;
        System.out.printf("liver mask on the DICOM grid: %d voxels, mean %.1f HU%n", n, mean);
        assertTrue(n > 10_000, "liver voxels " + n);
        assertTrue(mean > 40 && mean < 140, "liver mean HU " + mean);
    }

    @Test
    void refusesFoldersItCannotTurnIntoACtVolume() throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "not DICOM");
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(tmp));
        assertTrue(none.getMessage().contains("no DICOM file"), none.getMessage());
        // a series with one slice removed: a missing slice is named
        Path gap = tmp.resolve("gap");
        Files.createDirectories(gap);
        List<Path> files;
        try (var s = Files.list(data("ct/abdomen_ct/dicom"))) {
            files = s.sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            if (i != 7) {
                Files.copy(files.get(i), gap.resolve(files.get(i).getFileName()));
            }
        }
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> DicomSeriesLoader.load(gap));
        assertTrue(missing.getMessage().contains("missing slice"), missing.getMessage());
    }
}
