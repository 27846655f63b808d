package io.mlgate.engine.validate;

import java.util.Optional;

/** An inclusive interval with optional ends, the threshold of most checks. */
public record Bounds(Double min, Double max) {
    public Bounds {
        if (min == null && max == null) {
            throw new IllegalArgumentException("bounds need a min, a max or both");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
    }

    public static Bounds atLeast(double min) {
        return new Bounds(min, null);
    }

    public static Optional<Bounds> of(Optional<Double> min, Optional<Double> max) {
        return min.isEmpty() && max.isEmpty() ? Optional.empty() : Optional.of(new Bounds(min.orElse(null), max.orElse(null)));
    }

    public boolean contains(double v) {
        return (min == null || v >= min) && (max == null || v <= max);
    }

    /** SQL predicate, true where {@code expr} falls outside these bounds (a missing end never excludes). */
    public String outsideSql(String expr) {
        if (min != null && max != null) {
            return expr + " < " + Numbers.sql(min) + " OR " + expr + " > " + Numbers.sql(max);
        }
        return min != null ? expr + " < " + Numbers.sql(min) : expr + " > " + Numbers.sql(max);
    }

    /** The threshold in words, e.g. {@code >= 0.99} or {@code in [0, 50]}. */
    public String describe() {
        if (min != null && max != null) {
            return "in [" + Numbers.format(min) + ", " + Numbers.format(max) + "]";
        }
        return min != null ? ">= " + Numbers.format(min) : "<= " + Numbers.format(max);
    }
}
