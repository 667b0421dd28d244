/** IBSI-1 benchmark configurations (CT phantom A-E, digital phantom) and the runner producing every IBSI tag. */
package org.netradiomics.ibsi;
