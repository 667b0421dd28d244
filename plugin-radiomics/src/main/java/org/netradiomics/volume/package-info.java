/** Images, masks and their voxel grids in the patient (LPS) frame: the core data model, free of any viewer or DICOM library. */
package org.netradiomics.volume;
