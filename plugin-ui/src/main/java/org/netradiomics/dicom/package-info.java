/**
 * DICOM input and output for the standalone path (PixelMed): CT series to HU volumes, RTSTRUCT contours and
 * DICOM-SEG segments to masks on the CT grid, and masks back to DICOM-SEG and RTSTRUCT. Kept out of the core plugin so that
 * plugin-radiomics stays free of any DICOM library.
 */
package org.netradiomics.dicom;
