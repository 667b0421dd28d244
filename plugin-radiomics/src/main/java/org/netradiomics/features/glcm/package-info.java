/** Grey level co-occurrence matrix (GLCM) features, IBSI-1 and PyRadiomics conventions. */
package org.netradiomics.features.glcm;
