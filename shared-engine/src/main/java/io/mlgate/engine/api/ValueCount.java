package io.mlgate.engine.api;

import java.util.Objects;

/** One of a column's most frequent values and how often it occurs. {@code value} is its text form. */
public record ValueCount(String value, long count) {
    public ValueCount {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
    }
}
