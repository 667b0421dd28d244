/**
 * Harmonisation of radiomics features across centres (scanners, protocols): ComBat with parametric empirical
 * Bayes priors, as {@code sva::ComBat}, fitted on a training cohort and applicable to new patients of known centres.
 */
package org.netradiomics.stats.harmonisation;
