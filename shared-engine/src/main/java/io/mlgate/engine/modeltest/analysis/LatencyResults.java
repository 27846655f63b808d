package io.mlgate.engine.modeltest.analysis;

/**
 * Per-row prediction latency (one row per call, after untimed warm-up calls) and batch throughput.
 *
 * @param rows          rows timed one by one
 * @param rowsPerSecond rows per second when the whole test set is predicted in batches
 */
public record LatencyResults(int rows, double p50Millis, double p95Millis, double p99Millis, double rowsPerSecond) {
}
