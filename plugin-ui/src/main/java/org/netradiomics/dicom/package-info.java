/**
 * DICOM in the standalone path, with PixelMed: CT series from a folder (sorted along the slice normal, in HU, with
 * the checks a radiologist needs to trust the volume). Inside Weasis, series come from Weasis itself.
 */
package org.netradiomics.dicom;
