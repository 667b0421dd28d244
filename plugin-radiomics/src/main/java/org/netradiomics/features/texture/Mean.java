package org.netradiomics.features.texture;

/** Running element-wise mean of feature vectors; NaN for each element when nothing was added. */
public final class Mean {
    private final double[] sum;
    private int count;

    /** A mean of vectors of {@code length} values. */
    public Mean(int length) {
        this.sum = new double[length];
    }

    /** Adds one vector. */
    public void add(double[] values) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += values[i];
        }
        count++;
    }

    /** Number of vectors added. */
    public int count() {
        return count;
    }

    /** The element-wise mean (NaN when empty). */
    public double[] values() {
        double[] m = new double[sum.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = count == 0 ? Double.NaN : sum[i] / count;
        }
        return m;
    }
}
