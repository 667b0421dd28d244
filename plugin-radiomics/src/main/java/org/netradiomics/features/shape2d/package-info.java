/** PyRadiomics 2D shape features (shape2D_*) of a single-slice ROI. */
package org.netradiomics.features.shape2d;
