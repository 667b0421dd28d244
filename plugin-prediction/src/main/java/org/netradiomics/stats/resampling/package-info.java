/** Resampling for model development: stratified train/test splits, stratified k-fold assignments, bootstrap samples. */
package org.netradiomics.stats.resampling;
