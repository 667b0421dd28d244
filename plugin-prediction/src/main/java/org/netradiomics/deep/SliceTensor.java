package org.netradiomics.deep;

import java.util.Arrays;

/**
 * A network input made by {@link SliceCrop}: float values in row-major NCHW order for the shape
 * {@code [1, C, H, W]}, with where they came from (slice index, crop centre and side) for the output table.
 *
 * @param values  {@code C * H * W} values, index {@code (c * H + row) * W + column}
 * @param shape   {@code [1, C, H, W]}
 * @param slice   the axial slice index k the crop was taken from
 * @param centreI the crop centre along i (column), continuous voxel index
 * @param centreJ the crop centre along j (row), continuous voxel index
 * @param sideMm  the crop side in mm
 */
public record SliceTensor(float[] values, long[] shape, int slice, double centreI, double centreJ, double sideMm) {
    /** Checks that the values fill the shape. */
    public SliceTensor {
        if (shape.length != 4 || shape[0] != 1) {
            throw new IllegalArgumentException("a slice tensor has shape [1, C, H, W], not " + Arrays.toString(shape));
        }
        if (values.length != shape[1] * shape[2] * shape[3]) {
            throw new IllegalArgumentException(values.length + " values do not fill shape " + Arrays.toString(shape));
        }
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The value at channel c, row r, column q. */
    public float get(int c, int r, int q) {
        return values[(int) ((c * shape[2] + r) * shape[3] + q)];
    }
}
