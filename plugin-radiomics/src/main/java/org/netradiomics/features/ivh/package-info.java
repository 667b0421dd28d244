/** IBSI intensity-volume histogram features ivh_*. */
package org.netradiomics.features.ivh;
