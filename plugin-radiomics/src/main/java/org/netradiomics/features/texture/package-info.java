/**
 * Machinery shared by the texture-matrix families (GLCM, GLRLM, GLSZM, GLDZM, NGTDM, NGLDM): the spaces in which
 * matrices are built (2D slice by slice, 2.5D slice-merged, 3D), the direction and neighbourhood offsets, and the
 * interfaces through which the IBSI runner and the PyRadiomics-style extraction call a family.
 */
package org.netradiomics.features.texture;
