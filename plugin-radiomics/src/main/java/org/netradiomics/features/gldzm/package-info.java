/** Grey level distance zone matrix (GLDZM) features (IBSI-1 only). */
package org.netradiomics.features.gldzm;
