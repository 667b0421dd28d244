/** Survival analysis equal to R's survival package: Cox model, Kaplan-Meier, log-rank test, concordance. */
package org.netradiomics.stats.survival;
