/** Component-wise gradient boosting of generalised linear models (glmBoost), with cross-validated stopping. */
package org.netradiomics.stats.boosting;
