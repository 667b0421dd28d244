/** Image preprocessing as IBSI-1 chapter 2 and PyRadiomics define it: interpolation, re-segmentation, discretisation, ROI cropping. */
package org.netradiomics.preprocess;
