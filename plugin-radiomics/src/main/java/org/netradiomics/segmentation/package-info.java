/** Semi-automatic segmentation: seeded 3D/2D region growing in HU, morphology, and brush edits with undo. */
package org.netradiomics.segmentation;
