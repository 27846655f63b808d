/**
 * Models under test, behind one {@link io.mlgate.engine.modeltest.predict.Predictor} interface: a Tribuo model file,
 * an ONNX model run by ONNX Runtime, or a predictions file for models mlgate cannot load. Each binds the model's
 * features to the test data's columns first, so a mismatch is a one-line error before anything is predicted.
 */
package io.mlgate.engine.modeltest.predict;
