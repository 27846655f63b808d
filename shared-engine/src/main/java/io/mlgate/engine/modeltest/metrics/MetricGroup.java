package io.mlgate.engine.modeltest.metrics;

import io.mlgate.engine.modeltest.stats.WeightedStatistic;

import java.util.List;

/**
 * Metrics that share one pass over the rows. {@link #compute} runs with row weights: {@code null} means every row
 * counts once (the point value); a bootstrap resample passes the number of times each row was drawn.
 * Implementations precompute whatever per-row quantity they need once and are safe to call from many threads.
 */
public interface MetricGroup extends WeightedStatistic {
    List<MetricId> ids();

    @Override
    default int width() {
        return ids().size();
    }

    /** The point values: every row weighted 1. */
    default double[] point() {
        double[] out = new double[ids().size()];
        compute(null, out, 0);
        return out;
    }
}
