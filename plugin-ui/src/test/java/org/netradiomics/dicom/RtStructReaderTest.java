package org.netradiomics.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

/** RTSTRUCT of the IBSI CT phantom rasterised on its DICOM series, against the phantom's NIfTI mask. */
class RtStructReaderTest {

    private static Path data(String relative) {
        Path p = Paths.get("..", "shared", "data").resolve(relative);
        if (!Files.exists(p)) {
            p = Paths.get("..", "..", "shared", "data").resolve(relative);
        }
        Assumptions.assumeTrue(Files.exists(p) || System.getenv("CI") == null, "shared data not found");
        return p;
    }

    @Test
    void ibsiCtPhantomRoiEqualsTheNiftiMask() {
        Volume ct = DicomSeriesLoader.load(data("ibsi/ct_phantom/dicom/image"));
        RtStructReader rs = RtStructReader.read(data("ibsi/ct_phantom/dicom/mask/DCM_RS_00060.dcm"));
        System.out.println("IBSI CT phantom RTSTRUCT ROIs: " + rs.roiNames());
        Mask roi = rs.mask(rs.roiNames().get(0), ct.geometry());
        Mask reference = Mask.fromLabel(NiftiReader.read(data("ibsi/ct_phantom/nifti/mask/mask.nii.gz")), 1);
        // compare voxel by voxel through physical space (the NIfTI may order its axes differently)
        Mask onGrid = DicomLiverGrowingTest.onGrid(reference, ct.geometry());
        int both = 0;
        for (int v = 0; v < roi.inside().length; v++) {
            both += roi.inside()[v] && onGrid.inside()[v] ? 1 : 0;
        }
        double dice = 2.0 * both / (roi.count() + onGrid.count());
        System.out.printf("RTSTRUCT vs NIfTI mask: Dice %.4f, %d vs %d voxels%n", dice, roi.count(), onGrid.count());
        assertTrue(dice > 0.98, "Dice " + dice);
        assertEquals(onGrid.count(), roi.count(), 0.01 * onGrid.count());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> rs.mask("nope", ct.geometry()));
        assertTrue(unknown.getMessage().contains("ROIs:"), unknown.getMessage());
    }
}
