/** Evaluation plots (ROC, calibration, decision curve, Kaplan-Meier) rendered headless to PNG with Java2D. */
package org.netradiomics.plots;
