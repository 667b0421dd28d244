package org.netradiomics.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.io.NiftiReader;

class RtStructReaderTest {
    @Test
    void ibsiPhantomGtvMatchesTheReferenceNiftiMask() {
        Geometry g = DicomSeriesLoader.load(DicomTestData.resolve("ibsi/ct_phantom/dicom/image")).geometry();
        RtStructReader rs = new RtStructReader(DicomTestData.resolve("ibsi/ct_phantom/dicom/mask/DCM_RS_00060.dcm"));
        assertTrue(rs.roiNames().contains("GTV-1"), rs.roiNames().toString());
        Mask ours = rs.mask("GTV-1", g);
        Mask reference = DicomTestData.mapOntoGrid(
                Mask.fromLabel(NiftiReader.read(DicomTestData.resolve("ibsi/ct_phantom/nifti/mask/mask.nii.gz")), 1), g);
        double dice = DicomTestData.dice(ours, reference);
        System.out.println("IBSI CT phantom GTV-1: Dice " + dice + ", voxels " + ours.count() + " vs reference " + reference.count());
        assertTrue(dice > 0.98, "Dice " + dice);
        assertTrue(Math.abs(ours.count() - reference.count()) < 0.02 * reference.count());
    }

    @Test
    void stsCaseMaskVolumeMatchesTheContourAreas() {
        Path sts = DicomTestData.resolve("ct/sts_dicom/STS_001/CT");
        Geometry g = DicomSeriesLoader.load(sts.resolve("image")).geometry();
        Path file = sts.resolve("mask/RS.dcm");
        RtStructReader rs = new RtStructReader(file);
        System.out.println("STS_001 ROIs: " + rs.roiNames());
        String roi = rs.roiNames().getFirst();
        Mask mask = rs.mask(roi, g);
        // independent estimate: sum of the contour polygon areas (shoelace, in the slice plane) times the slice step
        double areaSum = 0;
        AttributeList list = DicomFiles.readAll(file);
        AttributeList roiContours = RtStructReader.items(list, RtStructReader.ROI_CONTOUR_SEQUENCE).getFirst();
        for (AttributeList c : RtStructReader.items(roiContours, RtStructReader.CONTOUR_SEQUENCE)) {
            double[] p = Attribute.getDoubleValues(c, TagFromName.ContourData);
            double[][] q = new double[p.length / 3][];
            for (int n = 0; n < q.length; n++) q[n] = g.physicalToIndex(p[3 * n], p[3 * n + 1], p[3 * n + 2]);
            double a = 0;
            for (int n = 0; n < q.length; n++) a += q[n][0] * q[(n + 1) % q.length][1] - q[(n + 1) % q.length][0] * q[n][1];
            areaSum += Math.abs(a) / 2 * g.spacing(0) * g.spacing(1);
        }
        double contourVolume = areaSum * g.spacing(2);
        double maskVolume = mask.count() * g.voxelVolume();
        System.out.println("STS_001 " + roi + ": mask " + maskVolume + " mm3, contour areas x step " + contourVolume + " mm3");
        assertEquals(contourVolume, maskVolume, 0.05 * contourVolume);
    }

    @Test
    void evenOddRuleCutsHolesAndUnknownRoiIsNamed() {
        Geometry g = Geometry.of(10, 10, 1, 1, 1, 1);
        boolean[] inside = new boolean[g.voxelCount()];
        double[][] outer = {{0.5, 0.5, 0}, {8.5, 0.5, 0}, {8.5, 8.5, 0}, {0.5, 8.5, 0}}; // voxel centres 1..8 in i and j
        double[][] hole = {{3.5, 3.5, 0}, {5.5, 3.5, 0}, {5.5, 5.5, 0}, {3.5, 5.5, 0}};  // centres 4..5
        RtStructReader.fillEvenOdd(List.of(outer, hole), 0, g, inside);
        int count = new Mask(g, inside).count();
        assertEquals(8 * 8 - 2 * 2, count); // hand count: 64 outer voxels minus the 4 of the hole
        assertTrue(!inside[g.index(4, 4, 0)] && inside[g.index(1, 1, 0)] && !inside[g.index(0, 0, 0)]);
        RtStructReader rs = new RtStructReader(DicomTestData.resolve("ibsi/ct_phantom/dicom/mask/DCM_RS_00060.dcm"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> rs.mask("liver", g));
        assertTrue(e.getMessage().contains("GTV-1"), e.getMessage());
        InvalidInputException off = assertThrows(InvalidInputException.class, () -> rs.mask("GTV-1", g));
        assertTrue(off.getMessage().contains("does not belong"), off.getMessage());
    }
}
