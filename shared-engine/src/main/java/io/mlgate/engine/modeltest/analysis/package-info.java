/**
 * Analyses beyond the headline metrics: metrics per slice and a search for the weakest slices, group fairness with
 * bootstrap intervals, robustness to perturbations, per-row latency, and permutation feature importance. Each takes
 * the test table, the model and its outcomes, and returns a result that gates judge and a report section shows.
 */
package io.mlgate.engine.modeltest.analysis;
