package org.netradiomics.volume.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.extraction.CsvTable;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape;

/** Exports written through a temporary file are readable by group and others (not owner-only). */
class TemporaryFilesTest {
    @TempDir
    Path tmp;

    @Test
    void writtenFilesAreReadableByEveryone() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        PhantomBuilder.Phantom p = new PhantomBuilder(8, 8, 4, 1, 1, 1).body(40)
                .lesion(Shape.Ellipsoid.sphere(4, 4, 2, 2, 90)).build();
        Path nii = tmp.resolve("mask.nii.gz"), nrrd = tmp.resolve("image.nrrd"), csv = tmp.resolve("f.csv");
        NiftiWriter.write(p.lesions().get(0), nii);
        NrrdWriter.write(p.image(), nrrd);
        CsvTable.write(csv, List.of(Map.of("a", 1)));
        for (Path f : List.of(nii, nrrd, csv)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f);
            assertTrue(perms.contains(PosixFilePermission.GROUP_READ) && perms.contains(PosixFilePermission.OTHERS_READ),
                    f.getFileName() + ": " + perms);
        }
    }
}
