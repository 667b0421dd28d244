/** Small feed-forward networks (meta-learners, deep-feature scores) with logistic and Cox partial-likelihood losses. */
package org.netradiomics.stats.neural;
