/** Readers and writers of image and mask files (NIfTI, NRRD), orientation-aware, with errors that name the file and the problem. */
package org.netradiomics.volume.io;
