/**
 * The {@code model.test} section of {@code mlgate.yml}, read strictly: test data, the positive class, bootstrap
 * settings, how to read ONNX models and predictions files, and the gates (each a typed record with the position it
 * was written at, so later errors point back at the policy).
 */
package io.mlgate.engine.modeltest.policy;
