/** Grey level run length matrix (GLRLM) features, IBSI-1 and PyRadiomics conventions. */
package org.netradiomics.features.glrlm;
