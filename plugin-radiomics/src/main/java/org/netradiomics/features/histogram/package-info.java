/** IBSI intensity histogram features ih_*. */
package org.netradiomics.features.histogram;
