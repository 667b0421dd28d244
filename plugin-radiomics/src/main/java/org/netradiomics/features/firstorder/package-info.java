/** Intensity statistics: IBSI stat_* and PyRadiomics firstorder_*. */
package org.netradiomics.features.firstorder;
