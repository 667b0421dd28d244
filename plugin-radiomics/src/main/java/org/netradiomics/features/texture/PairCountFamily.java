package org.netradiomics.features.texture;

import org.netradiomics.features.DiscretisedImage;

/** Base of the families whose matrix is a {@link PairCounts} (GLSZM, GLDZM, NGLDM): empty, merge and emptiness. */
public abstract class PairCountFamily implements ScopedFamily<PairCounts> {

    @Override
    public PairCounts empty(DiscretisedImage levels) {
        return new PairCounts();
    }

    @Override
    public void merge(PairCounts into, PairCounts from) {
        into.addAll(from);
    }

    @Override
    public boolean isEmpty(PairCounts m) {
        return m.isEmpty();
    }
}
