/** Grey level size zone matrix (GLSZM) features, IBSI-1 and PyRadiomics conventions. */
package org.netradiomics.features.glszm;
