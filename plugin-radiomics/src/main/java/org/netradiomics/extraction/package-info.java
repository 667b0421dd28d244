/**
 * PyRadiomics-style feature extraction: the preprocessing pipeline, the enabled feature classes, PyRadiomics column
 * names with diagnostics, and CSV output.
 */
package org.netradiomics.extraction;
