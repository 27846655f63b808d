package io.mlgate.engine.validate.anomaly;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The metrics of one past run, its time and its tags (pipeline, dataset, branch: whatever the user sets). */
public record HistoryEntry(Instant time, Map<String, String> tags, String dataset, Map<String, Double> metrics) {
    public HistoryEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(dataset, "dataset");
        tags = java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
        metrics = java.util.Collections.unmodifiableMap(new TreeMap<>(metrics));
    }
}
