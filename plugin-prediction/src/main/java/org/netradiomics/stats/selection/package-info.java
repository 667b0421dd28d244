/**
 * Univariable feature screening as the studies' R code: Welch t-test and Wilcoxon rank-sum test
 * ({@code t.test}, {@code wilcox.test}), Benjamini-Hochberg adjustment ({@code p.adjust}), and intraclass
 * correlation for reproducibility filters ({@code psych::ICC}).
 */
package org.netradiomics.stats.selection;
