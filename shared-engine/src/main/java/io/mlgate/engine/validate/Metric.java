package io.mlgate.engine.validate;

import io.mlgate.engine.validate.sql.SqlDialect;

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

    /** Rows for which {@code predicate} holds, counted in {@code dialect}. */
    public static Metric countWhere(SqlDialect dialect, String predicate) {
        return new Metric(dialect.countIf(predicate));
    }
}
