/**
 * Stacking ensembles for the surufatinib study: Smile's SVM, random forest and gradient tree boosting as base
 * learners with random-search tuning, and an MLP meta-learner on their out-of-fold probabilities.
 */
package org.netradiomics.training.stacking;
