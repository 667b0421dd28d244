/** Small numerical building blocks shared by the modules (symmetric eigen-decomposition). */
package org.netradiomics.math;
