/**
 * Statistics for honest gates: the seeded Poisson bootstrap (weights per row, never resampled copies), percentile
 * intervals, and the paired tests behind champion/challenger decisions (paired bootstrap, McNemar for accuracy,
 * DeLong for ROC AUC).
 */
package io.mlgate.engine.modeltest.stats;
