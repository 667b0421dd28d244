package org.netradiomics.features.texture;

import java.util.HashMap;
import java.util.Map;

/**
 * A sparse matrix of counts indexed by (grey level i ≥ 1, value j ≥ 1), where j is a zone size, a zone distance or a
 * dependence count: the matrix of GLSZM, GLDZM and NGLDM. Sparse because j can be as large as the ROI.
 */
public final class PairCounts {
    private final Map<Long, double[]> counts = new HashMap<>();

    /** Adds {@code n} to element (i, j). */
    public void add(int i, int j, double n) {
        counts.computeIfAbsent(((long) i << 32) | j, key -> new double[1])[0] += n;
    }

    /** Adds every element of {@code other}. */
    public void addAll(PairCounts other) {
        for (Map.Entry<Long, double[]> e : other.counts.entrySet()) {
            counts.computeIfAbsent(e.getKey(), key -> new double[1])[0] += e.getValue()[0];
        }
    }

    /** Whether no element is counted. */
    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Calls {@code visitor} with (i, j, count) for each non-zero element. */
    public void forEach(Visitor visitor) {
        for (Map.Entry<Long, double[]> e : counts.entrySet()) {
            long key = e.getKey();
            visitor.visit((int) (key >>> 32), (int) (key & 0xffffffffL), e.getValue()[0]);
        }
    }

    /** Receives one matrix element. */
    @FunctionalInterface
    public interface Visitor {
        /** Element (i, j) with its count. */
        void visit(int i, int j, double count);
    }
}
