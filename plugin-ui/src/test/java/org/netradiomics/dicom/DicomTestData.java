package org.netradiomics.dicom;

import java.nio.file.Path;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** Locates ../shared/data for the DICOM tests (through ShareData: skipped without it, failing under CI) and maps voxels between grids by physical position. */
final class DicomTestData {
    private DicomTestData() {
    }

    /** A path under ../shared/data; the test is skipped without it, and fails under CI (see ShareData). */
    static Path resolve(String relative) {
        return org.netradiomics.cli.ShareData.resolve(relative);
    }

    /**
     * Resamples a mask onto another grid by the physical position of each target voxel centre; fails if a target
     * voxel centre is not (within 0.01 voxel) a voxel centre of the source grid, i.e. if the grids are not the same
     * physical lattice up to axis order and flips.
     */
    static Mask mapOntoGrid(Mask source, Geometry target) {
        Geometry g = source.geometry();
        boolean[] inside = new boolean[target.voxelCount()];
        for (int k = 0; k < target.nz(); k++) {
            for (int j = 0; j < target.ny(); j++) {
                for (int i = 0; i < target.nx(); i++) {
                    double[] p = target.indexToPhysical(i, j, k);
                    double[] s = g.physicalToIndex(p[0], p[1], p[2]);
                    int[] r = new int[3];
                    for (int a = 0; a < 3; a++) {
                        r[a] = (int) Math.round(s[a]);
                        if (Math.abs(s[a] - r[a]) > 0.01) {
                            throw new AssertionError("voxel " + i + "," + j + "," + k + " is not on the source grid: " + s[0] + "," + s[1] + "," + s[2]);
                        }
                    }
                    inside[target.index(i, j, k)] = g.contains(r[0], r[1], r[2]) && source.get(r[0], r[1], r[2]);
                }
            }
        }
        return new Mask(target, inside);
    }

    static double dice(Mask a, Mask b) {
        int both = 0;
        for (int n = 0; n < a.inside().length; n++) {
            if (a.inside()[n] && b.inside()[n]) {
                both++;
            }
        }
        return 2.0 * both / (a.count() + b.count());
    }

    static double mean(Volume v, Mask m) {
        double sum = 0;
        int n = 0;
        for (int x = 0; x < m.inside().length; x++) {
            if (m.inside()[x]) {
                sum += v.get(x);
                n++;
            }
        }
        return sum / n;
    }
}
