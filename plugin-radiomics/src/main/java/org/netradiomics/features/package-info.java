/**
 * Radiomics features (IBSI-1 and PyRadiomics 3.1 conventions): the prepared ROI and its discretised grey levels,
 * and one sub-package per feature family.
 */
package org.netradiomics.features;
