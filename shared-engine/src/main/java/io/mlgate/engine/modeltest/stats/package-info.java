/**
 * Statistics for honest gates: the seeded Poisson bootstrap (weights per row, never resampled copies), percentile
 * intervals, and the paired tests behind champion/challenger decisions (paired bootstrap, McNemar for accuracy,
 * DeLong for ROC AUC). {@link io.mlgate.engine.modeltest.stats.Weights} turns a resample's byte weights into
 * doubles by table lookup, which the metrics' hot passes depend on for their speed.
 */
package io.mlgate.engine.modeltest.stats;
