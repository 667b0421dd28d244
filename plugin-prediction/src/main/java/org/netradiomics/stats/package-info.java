/** Statistics for fitting and evaluating models, equal to the R packages the papers used. */
package org.netradiomics.stats;
