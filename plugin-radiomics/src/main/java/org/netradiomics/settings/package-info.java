/** Extraction settings read from PyRadiomics 3.1 parameter files (YAML), validated key by key. */
package org.netradiomics.settings;
