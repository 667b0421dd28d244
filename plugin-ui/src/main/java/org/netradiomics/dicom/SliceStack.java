package org.netradiomics.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Volume;

/** Slices of one series sorted along the slice normal and checked for tilt, gaps, uneven spacing and mixed sizes. */
final class SliceStack {
    /** One decoded slice: position, orientation (row then column direction), spacing, size, HU values. */
    record Slice(Path file, double[] position, double[] orientation, double columnSpacing, double rowSpacing, int rows,
            int columns, float[] hu) {}

    private final List<Slice> sorted;
    private final double[] normal;
    private final double step;

    private SliceStack(List<Slice> sorted, double[] normal, double step) {
        this.sorted = sorted;
        this.normal = normal;
        this.step = step;
    }

    static SliceStack of(List<Slice> slices) {
        Slice first = slices.get(0);
        for (Slice s : slices) {
            if (s.rows() != first.rows() || s.columns() != first.columns()) {
                throw new InvalidInputException("slices of different sizes in one series (" + first.columns() + " x "
                        + first.rows() + " in " + first.file().getFileName() + ", " + s.columns() + " x " + s.rows()
                        + " in " + s.file().getFileName() + ")");
            }
            for (int c = 0; c < 6; c++) {
                if (Math.abs(s.orientation()[c] - first.orientation()[c]) > 1e-4) {
                    throw new InvalidInputException("slices with different orientations in one series ("
                            + first.file().getFileName() + " and " + s.file().getFileName() + ")");
                }
            }
        }
        double[] row = Arrays.copyOfRange(first.orientation(), 0, 3);
        double[] col = Arrays.copyOfRange(first.orientation(), 3, 6);
        double[] n = {row[1] * col[2] - row[2] * col[1], row[2] * col[0] - row[0] * col[2],
            row[0] * col[1] - row[1] * col[0]};
        List<Slice> sorted = new ArrayList<>(slices);
        sorted.sort(DicomSeriesLoader.byPosition(n));
        double[] proj = new double[sorted.size()];
        for (int k = 0; k < proj.length; k++) {
            double[] p = sorted.get(k).position();
            proj[k] = p[0] * n[0] + p[1] * n[1] + p[2] * n[2];
        }
        if (proj.length == 1) {
            return new SliceStack(sorted, n, 1);
        }
        double[] gaps = new double[proj.length - 1];
        for (int k = 0; k < gaps.length; k++) {
            gaps[k] = proj[k + 1] - proj[k];
            if (gaps[k] < 1e-3) {
                throw new InvalidInputException("two slices at the same position (" + sorted.get(k).file().getFileName()
                        + ", " + sorted.get(k + 1).file().getFileName() + "): duplicate or multi-series folder");
            }
        }
        double[] g = gaps.clone();
        Arrays.sort(g);
        double median = g[g.length / 2];
        for (int k = 0; k < gaps.length; k++) {
            if (Math.abs(gaps[k] - median) > Math.max(0.01 * median, 0.02)) {
                String what = gaps[k] > 1.5 * median ? "a missing slice" : "uneven slice spacing";
                throw new InvalidInputException(what + " between slice " + k + " and " + (k + 1) + " ("
                        + DicomSeriesLoader.format(gaps[k]) + " mm instead of " + DicomSeriesLoader.format(median)
                        + " mm, files " + sorted.get(k).file().getFileName() + " and "
                        + sorted.get(k + 1).file().getFileName() + ")");
            }
        }
        // gantry tilt: positions must advance along the normal, not sideways
        double[] p0 = sorted.get(0).position();
        double[] pl = sorted.get(sorted.size() - 1).position();
        double along = proj[proj.length - 1] - proj[0];
        double lateral = 0;
        for (int a = 0; a < 3; a++) {
            double d = pl[a] - p0[a] - along * n[a];
            lateral += d * d;
        }
        if (Math.sqrt(lateral) > 0.01 * along + 0.05) {
            throw new InvalidInputException("gantry tilt: slice positions drift " + DicomSeriesLoader.format(
                    Math.sqrt(lateral)) + " mm sideways over " + DicomSeriesLoader.format(along) + " mm; tilted "
                    + "acquisitions must be resampled to an orthogonal grid first");
        }
        return new SliceStack(sorted, n, median);
    }

    Volume volume() {
        Slice first = sorted.get(0);
        int nx = first.columns();
        int ny = first.rows();
        int nz = sorted.size();
        float[] v = new float[nx * ny * nz];
        for (int k = 0; k < nz; k++) {
            System.arraycopy(sorted.get(k).hu(), 0, v, k * nx * ny, nx * ny);
        }
        double[] row = Arrays.copyOfRange(first.orientation(), 0, 3);
        double[] col = Arrays.copyOfRange(first.orientation(), 3, 6);
        return new Volume(DicomSeriesLoader.geometry(first.position(), row, col, normal, first.columnSpacing(),
                first.rowSpacing(), step, nx, ny, nz), v);
    }
}
