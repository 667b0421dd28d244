/** Unpenalised regression equal to R's {@code glm}: logistic regression with Wald inference. */
package org.netradiomics.stats.regression;
