/** Neighbourhood grey tone difference matrix (NGTDM) features, IBSI-1 and PyRadiomics conventions. */
package org.netradiomics.features.ngtdm;
