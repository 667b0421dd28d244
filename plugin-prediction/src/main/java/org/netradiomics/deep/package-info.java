/**
 * Deep features from a user-supplied ONNX network: the settings a model package gives ({@link
 * org.netradiomics.deep.DeepFeatureSettings}), the slice crop that makes the network input ({@link
 * org.netradiomics.deep.SliceCrop}) and the extractor that runs the network ({@link
 * org.netradiomics.deep.OnnxFeatureExtractor}).
 */
package org.netradiomics.deep;
