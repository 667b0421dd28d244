/** Dimension reduction: principal component analysis (prcomp conventions) for deep features. */
package org.netradiomics.stats.decomposition;
