/**
 * Discrimination and calibration of binary predictions equal to R: AUC with DeLong variance and test (pROC),
 * Youden cut-point (cutpointr), metrics at a cut-off, Brier score, Hosmer-Lemeshow test, bootstrap AUC interval.
 * Convention throughout: a higher score means a higher predicted chance of the positive class (pROC
 * {@code direction = "<"}, cutpointr {@code direction = ">="}).
 */
package org.netradiomics.stats.roc;
