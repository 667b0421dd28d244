/** Morphological (shape) features: IBSI morph_* and PyRadiomics shape_*. */
package org.netradiomics.features.shape;
