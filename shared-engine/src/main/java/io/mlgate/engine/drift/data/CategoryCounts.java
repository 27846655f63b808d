package io.mlgate.engine.drift.data;

import java.util.Map;
import java.util.TreeMap;

/** One dataset's categorical column: how often each value (in text form) occurs, nulls left out; sorted by value. */
public record CategoryCounts(Map<String, Long> counts) {
    public CategoryCounts {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        counts.values().forEach(c -> {
            if (c < 0) {
                throw new IllegalArgumentException("counts must be >= 0");
            }
        });
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
