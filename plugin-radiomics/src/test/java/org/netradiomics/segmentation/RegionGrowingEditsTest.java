package org.netradiomics.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;

/** Hand-made tiny volumes: connectivity, 2D mode, hole filling, guards, brush + undo and bad inputs. */
class RegionGrowingEditsTest {

    /** 5 x 5 x 5 at 1 mm, all 0 HU, with the given voxels set to 100 HU. */
    private static Volume tiny(int[]... bright) {
        Geometry g = Geometry.of(5, 5, 5, 1, 1, 1);
        float[] v = new float[g.voxelCount()];
        for (int[] b : bright) v[g.index(b[0], b[1], b[2])] = 100;
        return new Volume(g, v);
    }

    private static GrowSettings plain(int conn) {
        return new GrowSettings(GrowMode.INTERVAL, 50, 150, 2.5, 0, 1, Connectivity.of(conn), 50, 100, 0, false, 0, 0);
    }

    @Test
    void connectivityCountsFaceEdgeAndCornerNeighbours() {
        // Seed (2,2,2); (3,2,2) shares a face with it; (1,1,2) only an edge; (1,3,3) only a corner (offset -1,+1,+1)
        // and touches neither of the others (offsets (-2,1,1) and (0,2,1)). By hand: 6 -> 2 voxels, 18 -> 3, 26 -> 4.
        Volume v = tiny(new int[] {2, 2, 2}, new int[] {3, 2, 2}, new int[] {1, 1, 2}, new int[] {1, 3, 3});
        assertEquals(2, RegionGrower.grow(v, 2, 2, 2, plain(6)).mask().count());
        assertEquals(3, RegionGrower.grow(v, 2, 2, 2, plain(18)).mask().count());
        assertEquals(4, RegionGrower.grow(v, 2, 2, 2, plain(26)).mask().count());
    }

    @Test
    void sliceModeStaysOnTheClickedSlice() {
        Volume v = tiny(new int[] {2, 2, 2}, new int[] {2, 3, 2}, new int[] {2, 2, 3}, new int[] {2, 2, 1});
        GrowResult r = RegionGrower.growSlice(v, 2, 2, 2, plain(26));
        assertEquals(2, r.mask().count());
        assertFalse(r.mask().get(2, 2, 3));
        assertEquals(4, RegionGrower.grow(v, 2, 2, 2, plain(6)).mask().count());
    }

    @Test
    void holeFillingClosesAnEnclosedVoxel() {
        // A 3x3x3 bright cube with a dark centre: 26 voxels grown, 27 after filling the enclosed hole.
        Geometry g = Geometry.of(7, 7, 7, 1, 1, 1);
        float[] hu = new float[g.voxelCount()];
        for (int k = 2; k <= 4; k++) for (int j = 2; j <= 4; j++) for (int i = 2; i <= 4; i++) hu[g.index(i, j, k)] = 100;
        hu[g.index(3, 3, 3)] = 0;
        Volume v = new Volume(g, hu);
        assertEquals(26, RegionGrower.grow(v, 2, 2, 2, plain(6)).mask().count());
        GrowSettings fill = new GrowSettings(GrowMode.INTERVAL, 50, 150, 2.5, 0, 1, Connectivity.SIX, 50, 100, 0, true, 0, 0);
        assertEquals(27, RegionGrower.grow(v, 2, 2, 2, fill).mask().count());
    }

    @Test
    void radiusAndVolumeGuardsStopGrowth() {
        Geometry g = Geometry.of(21, 1, 1, 2, 1, 1);
        float[] hu = new float[21];
        java.util.Arrays.fill(hu, 100);
        Volume line = new Volume(g, hu);
        // Radius 5 mm at 2 mm spacing from i = 10: voxels 8..12 (|di|*2 <= 5) -> 5 voxels.
        GrowResult r = RegionGrower.grow(line, 10, 0, 0, new GrowSettings(GrowMode.INTERVAL, 50, 150, 2.5, 0, 1, Connectivity.SIX, 5, 100, 0, false, 0, 0));
        assertEquals(5, r.mask().count());
        assertEquals(GrowStatus.RADIUS_LIMIT, r.status());
        // Volume 0.006 mL = 6 mm^3 = 3 voxels of 2 mm^3.
        GrowResult q = RegionGrower.grow(line, 10, 0, 0, new GrowSettings(GrowMode.INTERVAL, 50, 150, 2.5, 0, 1, Connectivity.SIX, 100, 0.006, 0, false, 0, 0));
        assertEquals(3, q.mask().count());
        assertEquals(GrowStatus.VOLUME_LIMIT, q.status());
        assertEquals(0.006, q.volumeMl(), 1e-12);
    }

    @Test
    void brushAddEraseAndUndo() {
        Geometry g = Geometry.of(11, 11, 11, 1, 1, 2);
        LabelMap map = new LabelMap(g);
        // Sphere of radius 2 mm at 1 x 1 x 2 mm: in-plane disc r 2 (13 voxels) on k = 5, plus the centre voxel on k = 4 and 6 -> 15.
        map.brush(1, 5, 5, 5, 2, LabelMap.BrushShape.SPHERE, false);
        assertEquals(15, map.mask(1).count());
        map.brush(1, 5, 5, 5, 1, LabelMap.BrushShape.DISC, true); // erase the 5-voxel disc of radius 1 on k = 5
        assertEquals(10, map.mask(1).count());
        assertTrue(map.undo());
        assertEquals(15, map.mask(1).count());
        assertTrue(map.undo());
        assertFalse(map.undo());
        assertThrows(InvalidInputException.class, () -> map.mask(1));
    }

    @Test
    void lesionsGetTheirOwnLabels() {
        Volume v = tiny(new int[] {0, 0, 0}, new int[] {4, 4, 4});
        LabelMap map = new LabelMap(v.geometry());
        assertEquals(1, map.addLesion(RegionGrower.grow(v, 0, 0, 0, plain(6)).mask()));
        assertEquals(2, map.addLesion(RegionGrower.grow(v, 4, 4, 4, plain(6)).mask()));
        assertEquals(2, map.get(4, 4, 4));
        map.undo();
        assertEquals(0, map.get(4, 4, 4));
        assertEquals(1, map.get(0, 0, 0));
    }

    @Test
    void badInputsAreNamed() {
        Volume v = tiny(new int[] {2, 2, 2});
        InvalidInputException out = assertThrows(InvalidInputException.class, () -> RegionGrower.grow(v, 5, 0, 0, plain(6)));
        assertTrue(out.getMessage().contains("outside the image"), out.getMessage());
        float[] air = new float[125];
        java.util.Arrays.fill(air, -1000);
        InvalidInputException onAir = assertThrows(InvalidInputException.class,
                () -> RegionGrower.grow(new Volume(v.geometry(), air), 1, 1, 1, GrowSettings.lesionDefaults()));
        assertTrue(onAir.getMessage().contains("the click is on air/outside the body"), onAir.getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> GrowSettings.lesionDefaults().withAdaptive(-1, 3))
                .getMessage().startsWith("multiplier"));
        assertTrue(assertThrows(InvalidInputException.class, () -> GrowSettings.lesionDefaults().withGuards(0, 10, 0))
                .getMessage().startsWith("maxRadiusMm"));
        assertTrue(assertThrows(InvalidInputException.class, () -> GrowSettings.lesionDefaults().withGuards(10, 10, -1))
                .getMessage().startsWith("openingRadiusMm"));
        assertTrue(assertThrows(InvalidInputException.class, () -> GrowSettings.interval(100, 50)).getMessage().contains("lower HU"));
        assertEquals("edgeStopSd is 6.0; it must be greater than 0.0 and at most 5.0 (0 = off)",
                assertThrows(InvalidInputException.class, () -> GrowSettings.lesionDefaults().withLeakStops(6, 1.5)).getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> GrowSettings.lesionDefaults().withLeakStops(-0.4, 1.5))
                .getMessage().startsWith("edgeStopSd is -0.4"));
        assertEquals("leakGrowth is 1.0; it must be greater than 1.0 and at most 100.0 (0 = off)",
                assertThrows(InvalidInputException.class, () -> GrowSettings.lesionDefaults().withLeakStops(0.4, 1)).getMessage());
        assertEquals(0.0, GrowSettings.lesionDefaults().withLeakStops(0, 0).edgeStopSd());
        assertTrue(assertThrows(InvalidInputException.class, () -> Connectivity.of(8)).getMessage().contains("6, 18 or 26"));
        assertTrue(assertThrows(InvalidInputException.class, () -> RegionGrower.grow(v, 0, 0, 0, plain(6)))
                .getMessage().contains("outside the interval"));
    }

    /** A cancel flag stops the flood; never raised, the result equals the plain grow. */
    @Test
    void cancelFlagStopsTheGrowth() {
        Geometry g = Geometry.of(60, 60, 40, 1, 1, 1);
        float[] hu = new float[g.voxelCount()];
        java.util.Arrays.fill(hu, 100);   // one uniform block: the interval grow takes all 144,000 voxels
        Volume img = new Volume(g, hu);
        GrowSettings s = GrowSettings.interval(50, 150).withGuards(500, 10000, 0).withLeakStops(0, 0);
        int[] asked = {0};
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> RegionGrower.grow(img, 30, 30, 20, s, false, () -> ++asked[0] > 2));
        assertEquals(3, asked[0], "asked at the start and every " + RegionGrower.CANCEL_CHECK + " voxels");
        GrowResult plain = RegionGrower.grow(img, 30, 30, 20, s);
        GrowResult never = RegionGrower.grow(img, 30, 30, 20, s, false, () -> false);
        assertEquals(144_000, plain.mask().count());
        assertEquals(plain.mask().count(), never.mask().count());
    }
}
