package org.netradiomics.volume.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** NRRD: hand-written headers (RAS, detached, big-endian int16), round trips with NIfTI, and .seg.nrrd segments. */
class NrrdTest {
    @TempDir
    Path tmp;

    @Test
    void handWrittenRasHeaderWithDetachedBigEndianData() throws Exception {
        // 2 x 2 x 1, RAS space: i along R->L reversed? here i runs to the right (-x LPS), j anterior (-y LPS)
        String header = "NRRD0004\ntype: short\ndimension: 3\nspace: right-anterior-superior\nsizes: 2 2 1\n"
                + "space directions: (0.5,0,0) (0,0.75,0) (0,0,3)\nkinds: domain domain domain\nendian: big\n"
                + "encoding: raw\nspace origin: (10,20,30)\ndata file: img.raw\n";
        Files.writeString(tmp.resolve("img.nhdr"), header, StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        b.putShort((short) -1000).putShort((short) 5).putShort((short) 40).putShort((short) 300);
        Files.write(tmp.resolve("img.raw"), b.array());
        Volume v = NrrdReader.read(tmp.resolve("img.nhdr"));
        Geometry g = v.geometry();
        // RAS -> LPS: x and y negated in directions and origin
        assertArrayEquals(new double[] {0.5, 0.75, 3}, g.spacing(), 1e-12);
        assertArrayEquals(new double[] {-1, 0, 0, 0, -1, 0, 0, 0, 1}, g.direction(), 1e-12);
        assertArrayEquals(new double[] {-10, -20, 30}, g.origin(), 1e-12);
        assertArrayEquals(new float[] {-1000, 5, 40, 300}, v.voxels(), 0f);
    }

    @Test
    void roundTripsWithNifti() {
        double c = Math.cos(0.2);
        double s = Math.sin(0.2);
        Geometry g = new Geometry(new int[] {5, 4, 3}, new double[] {0.8, 0.8, 2.5}, new double[] {-3, 7, -100},
                new double[] {c, -s, 0, s, c, 0, 0, 0, 1});
        float[] x = new float[g.voxelCount()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i) * 100;
        }
        Volume img = new Volume(g, x);
        Path nrrd = tmp.resolve("a.nrrd");
        NrrdWriter.write(img, nrrd);
        Volume back = NrrdReader.read(nrrd);
        assertTrue(back.geometry().sameGrid(g, 1e-9), back.geometry().describeDifference(g));
        assertArrayEquals(x, back.voxels(), 0f);
        Path nii = tmp.resolve("a.nii.gz");
        NiftiWriter.write(back, nii);
        Volume viaNifti = NiftiReader.read(nii);
        assertTrue(viaNifti.geometry().sameGrid(g, 1e-4), viaNifti.geometry().describeDifference(g));
        assertArrayEquals(x, viaNifti.voxels(), 0f);
    }

    @Test
    void segNrrdNamedSegments() throws Exception {
        Geometry g = Geometry.of(4, 3, 2, 1, 1, 1);
        boolean[] liver = new boolean[g.voxelCount()];
        boolean[] lesion = new boolean[g.voxelCount()];
        liver[0] = liver[1] = true;
        lesion[g.index(3, 2, 1)] = true;
        Map<String, Mask> masks = new LinkedHashMap<>();
        masks.put("liver", new Mask(g, liver));
        masks.put("metastasis 1", new Mask(g, lesion));
        Path file = tmp.resolve("s.seg.nrrd");
        SegmentationFile.write(masks, file);
        SegmentationFile back = SegmentationFile.read(file);
        assertEquals(2, back.segments().size());
        assertArrayEquals(lesion, back.mask("metastasis 1").inside());
        assertArrayEquals(liver, back.mask("liver").inside());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> back.mask("spleen"));
        assertTrue(unknown.getMessage().contains("segments: [liver, metastasis 1]"), unknown.getMessage());
        // a Slicer-style 4D two-layer file written by hand: overlapping segments on layers 0 and 1
        String header = "NRRD0004\ntype: unsigned char\ndimension: 4\nspace: left-posterior-superior\n"
                + "sizes: 2 2 1 1\nspace directions: none (1,0,0) (0,1,0) (0,0,1)\nkinds: list domain domain domain\n"
                + "encoding: raw\nspace origin: (0,0,0)\nSegment0_Name:=tumour\nSegment0_LabelValue:=1\n"
                + "Segment0_Layer:=0\nSegment1_Name:=necrosis\nSegment1_LabelValue:=1\nSegment1_Layer:=1\n\n";
        byte[] data = {1, 1, 1, 0}; // voxel 0: tumour and necrosis; voxel 1: tumour only
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + data.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(data, 0, all, h.length, data.length);
        Files.write(tmp.resolve("layers.seg.nrrd"), all);
        SegmentationFile layered = SegmentationFile.read(tmp.resolve("layers.seg.nrrd"));
        assertArrayEquals(new boolean[] {true, true}, layered.mask("tumour").inside());
        assertArrayEquals(new boolean[] {true, false}, layered.mask("necrosis").inside());
    }
}
