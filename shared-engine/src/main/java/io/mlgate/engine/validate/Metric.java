package io.mlgate.engine.validate;

import java.util.Objects;

/**
 * One aggregate value a check needs, as a SQL aggregate expression over the dataset's relation. Two checks that
 * need the same expression share one metric: the key is the expression itself.
 */
public record Metric(String sql) {
    public Metric {
        Objects.requireNonNull(sql, "sql");
    }

    public static final Metric ROW_COUNT = new Metric("count(*)");

    /** Rows for which {@code predicate} holds. */
    public static Metric countWhere(String predicate) {
        return new Metric("count(*) FILTER (WHERE " + predicate + ")");
    }
}
