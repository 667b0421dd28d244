package org.netradiomics.volume.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** NIfTI round trips through the sform and, separately, through the qform, on oblique and left-handed grids. */
class NiftiWriterTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripsGeometryAndVoxels() {
        double c = Math.cos(0.3);
        double s = Math.sin(0.3);
        // oblique (rotation about z) and, second, left-handed (j axis flipped, as NIfTI exports of DICOM often are)
        double[][] directions = {{c, -s, 0, s, c, 0, 0, 0, 1}, {1, 0, 0, 0, -1, 0, 0, 0, 1}, {0, 0, 1, 1, 0, 0, 0, 1, 0}};
        for (double[] d : directions) {
            Geometry g = new Geometry(new int[] {4, 3, 2}, new double[] {0.7, 0.8, 2.5}, new double[] {-10, 20, 33}, d);
            float[] v = new float[g.voxelCount()];
            for (int i = 0; i < v.length; i++) {
                v[i] = i * 1.5f - 7;
            }
            for (boolean sform : new boolean[] {true, false}) {
                Path p = tmp.resolve("img" + sform + ".nii.gz");
                NiftiWriter.write(g, (short) 16, (short) 32, floats(v), p, sform);
                Volume back = NiftiReader.read(p);
                assertTrue(back.geometry().sameGrid(g, 1e-4), (sform ? "sform" : "qform") + ": "
                        + back.geometry().describeDifference(g));
                assertArrayEquals(v, back.voxels(), 0f);
            }
        }
        Geometry g = Geometry.of(3, 3, 1, 1, 1, 1);
        boolean[] in = {true, false, false, false, true, false, false, false, true};
        Path m = tmp.resolve("m.nii");
        NiftiWriter.write(new Mask(g, in), m);
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, NiftiReader.read(m).voxels(), 0f);
    }

    private static byte[] floats(float[] v) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 * v.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }
}
