package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** The segment command: round trip through the mask writer and NiftiReader, exit codes 0 / 1 / 2. */
class SegmentCommandTest {
    @TempDir Path tmp;

    private int run(String... args) {
        return new SegmentCommand().run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void maskWriterRoundTripsThroughTheReader() throws Exception {
        Geometry g = new Geometry(new int[] {4, 3, 2}, new double[] {0.7, 0.8, 2.5}, new double[] {-10, 20, 30}, Geometry.identityDirection());
        boolean[] in = new boolean[24];
        in[g.index(1, 2, 1)] = true;
        in[g.index(3, 0, 0)] = true;
        Path p = tmp.resolve("m.nii.gz");
        SegmentCommand.writeMask(new Mask(g, in), p);
        Volume back = NiftiReader.read(p);
        assertTrue(back.geometry().sameGrid(g, 1e-5), back.geometry().describeDifference(g));
        assertEquals(1f, back.get(1, 2, 1));
        assertEquals(1f, back.get(3, 0, 0));
        assertEquals(0f, back.get(0, 0, 0));
    }

    @Test
    void segmentsTheLiverAndReportsExitCodes() throws Exception {
        Path data = ShareData.resolve("ct/abdomen_ct/nifti/ct_3mm.nii.gz");
        Path out = tmp.resolve("seg.nii.gz");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int rc = new SegmentCommand().run(new String[] {"--image", data.toString(), "--seed", "90,53,13", "--mode", "interval",
                "--lower", "20", "--upper", "90", "--out", out.toString()}, new PrintStream(o), System.err);
        assertEquals(0, rc);
        assertTrue(o.toString().startsWith("volume_ml="), o.toString());
        assertEquals(1f, NiftiReader.read(out).get(90, 53, 13));
        assertEquals(1, run("--image", data.toString(), "--seed", "0,0,0", "--out", out.toString())); // air corner
        assertEquals(1, run("--image", data.toString(), "--seed", "500,0,0", "--out", out.toString()));
        assertEquals(1, run("--image", tmp.resolve("missing.nii").toString(), "--seed", "1,1,1", "--out", out.toString()));
        assertEquals(2, run("--image", data.toString(), "--seed", "1,1", "--out", out.toString()));
        assertEquals(2, run("--image", data.toString(), "--seed", "1,1,1", "--connectivity", "8", "--out", out.toString()));
        assertEquals(2, run("--image", data.toString(), "--seed", "1,1,1", "--mode", "interval", "--out", out.toString()));
        assertEquals(2, run("--seed", "1,1,1"));
        assertEquals(2, run("--image", data.toString(), "--seed", "1,1,1", "--slice-only", "maybe", "--out", out.toString()));
    }

    @Test
    void sliceOnlyGrowsOnTheSeedSliceAlone() throws Exception {
        Path data = ShareData.resolve("ct/abdomen_ct/nifti/ct_3mm.nii.gz");
        Path out = tmp.resolve("slice.nii.gz");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        assertEquals(0, new SegmentCommand().run(new String[] {"--image", data.toString(), "--seed", "90,53,13", "--mode",
                "interval", "--lower", "20", "--upper", "90", "--slice-only", "yes", "--out", out.toString()},
                new PrintStream(o), System.err));
        Volume m = NiftiReader.read(out);
        Geometry g = m.geometry();
        int onSlice = 0;
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    if (m.get(i, j, k) > 0) {
                        assertEquals(13, k, "voxel (" + i + ", " + j + ", " + k + ") off the seed slice");
                        onSlice++;
                    }
                }
            }
        }
        assertTrue(onSlice > 100, "a liver cross-section: " + onSlice + " voxels");
        assertTrue(o.toString().contains("voxels=" + onSlice + " "), o.toString());
    }
}
