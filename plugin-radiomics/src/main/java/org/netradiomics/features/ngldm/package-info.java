/** Neighbouring grey level dependence matrix (IBSI NGLDM, PyRadiomics GLDM) features. */
package org.netradiomics.features.ngldm;
