package org.netradiomics.volume.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.testing.SharedData;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

class NiftiReaderTest {

    @Test
    void readsIbsiDigitalPhantomAsDocumentedInTheManual() {
        Volume img = NiftiReader.read(SharedData.resolve("ibsi/digital_phantom/nifti/image/phantom.nii.gz"));
        // IBSI-1 manual: the digital phantom is 5 x 4 x 4 voxels of 2 x 2 x 2 mm.
        assertArrayEquals(new int[] {5, 4, 4}, img.geometry().size());
        assertArrayEquals(new double[] {2, 2, 2}, img.geometry().spacing(), 1e-9);
        Mask mask = Mask.fromLabel(NiftiReader.read(SharedData.resolve("ibsi/digital_phantom/nifti/mask/mask.nii.gz")), 1);
        // 74 voxels in the ROI (manual, digital phantom description; volume by voxel counting 592 mm^3 = 74 * 8).
        assertEquals(74, mask.count());
    }

    @Test
    void readsIbsiCtPhantomGridAsInReferenceValues() {
        Volume img = NiftiReader.read(SharedData.resolve("ibsi/ct_phantom/nifti/image/phantom.nii.gz"));
        // config_A img_dim_*_init_img = 204, 201, 60 and vox_dim 0.977, 0.977, 3 in reference_values.csv
        assertArrayEquals(new int[] {204, 201, 60}, img.geometry().size());
        assertEquals(0.977, img.geometry().spacing(0), 0.0005);
        assertEquals(3.0, img.geometry().spacing(2), 1e-6);
    }

    @Test
    void missingLabelNamesTheLabelsPresent() {
        Volume m = NiftiReader.read(SharedData.resolve("ibsi/digital_phantom/nifti/mask/mask.nii.gz"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Mask.fromLabel(m, 2));
        assertTrue(e.getMessage().contains("no voxel with label 2") && e.getMessage().contains("labels present: 1"), e.getMessage());
    }

    @Test
    void missingAndCorruptFilesGiveClearErrors(@TempDir Path dir) throws Exception {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> NiftiReader.read(dir.resolve("nope.nii.gz")));
        assertTrue(missing.getMessage().contains("file not found"), missing.getMessage());
        Path junk = dir.resolve("junk.nii");
        Files.write(junk, new byte[400]);
        InvalidInputException corrupt = assertThrows(InvalidInputException.class, () -> NiftiReader.read(junk));
        assertTrue(corrupt.getMessage().contains("not a NIfTI image"), corrupt.getMessage());
        Path badGz = dir.resolve("bad.nii.gz");
        Files.write(badGz, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        InvalidInputException gz = assertThrows(InvalidInputException.class, () -> NiftiReader.read(badGz));
        assertTrue(gz.getMessage().contains("corrupt or truncated"), gz.getMessage());
    }
}
