package io.mlgate.engine.modeltest.stats;

/**
 * Numbers computed from rows under row weights ({@code null}: every row once), the unit the {@link Bootstrap}
 * resamples. Implementations precompute per-row quantities once and are safe to call from many threads.
 */
public interface WeightedStatistic {
    /** How many numbers {@link #compute} writes. */
    int width();

    /** Writes {@link #width()} numbers into {@code out} from {@code offset}; NaN where undefined. */
    void compute(byte[] weights, double[] out, int offset);
}
