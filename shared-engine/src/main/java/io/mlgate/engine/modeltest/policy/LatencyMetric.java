package io.mlgate.engine.modeltest.policy;

import java.util.Locale;

/** Latency measures: per-row prediction time percentiles in milliseconds, and batch throughput. */
public enum LatencyMetric {
    P50_MS, P95_MS, P99_MS, ROWS_PER_SECOND;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
