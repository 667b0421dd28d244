/** IBSI local intensity features loc_*. */
package org.netradiomics.features.local;
