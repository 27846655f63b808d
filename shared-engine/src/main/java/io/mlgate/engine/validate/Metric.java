package io.mlgate.engine.validate;

import io.mlgate.engine.validate.sql.SqlDialect;

import java.util.Objects;

/**
 * One aggregate value a check needs, as a SQL aggregate expression over the dataset's relation. Two checks that
 * need the same expression share one metric: the key is the expression itself.
 *
 * @param sql      the aggregate
 * @param fallback an aggregate with the same value to use when the engine rejects {@code sql} (a faster form that
 *                 needs column statistics the data may lack), or {@code null}
 */
public record Metric(String sql, String fallback) {
    public Metric {
        Objects.requireNonNull(sql, "sql");
    }

    /** A metric with no fallback. */
    public Metric(String sql) {
        this(sql, null);
    }

    public static final Metric ROW_COUNT = new Metric("count(*)");

    /** Rows for which {@code predicate} holds, counted in {@code dialect}. */
    public static Metric countWhere(SqlDialect dialect, String predicate) {
        return new Metric(dialect.countIf(predicate));
    }

    /** The SQL to run: the fallback when asked for and there is one, else {@link #sql}. */
    public String sql(boolean useFallback) {
        return useFallback && fallback != null ? fallback : sql;
    }
}
