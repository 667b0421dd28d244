/** Model packages and their estimators: what a study published, and how a prediction is made from it. */
package org.netradiomics.model;
