/**
 * {@code mlgate model train}: Tribuo trainers configured in {@code mlgate.yml} (kind, hyperparameters with declared
 * defaults and ranges, seed), device selection (CPU, or CUDA for XGBoost where a GPU is present), a seeded held-out
 * split, the Tribuo protobuf model file and its model card (data fingerprints, parameters, held-out metrics,
 * provenance, git state).
 */
package io.mlgate.engine.train;
