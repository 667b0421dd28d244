/**
 * Elastic-net / LASSO regression paths and cross-validation with glmnet's semantics (R package glmnet 4.1):
 * gaussian, binomial and Cox (Breslow) families, glmnet's standardisation, lambda sequence, early stopping of the
 * path, {@code predict(s = ...)} interpolation and {@code cv.glmnet} with a given fold assignment.
 */
package org.netradiomics.stats.glmnet;
