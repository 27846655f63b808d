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

    // equals and hashCode written out: a record's own are bootstrapped through invokedynamic at first use, a tree of
    // method handles built in every fresh CLI JVM (ten method-handle classes spun for this record's two; see
    // docs/benchmarks.md, "Start-up of the CLI"); these say the same

    @Override
    public boolean equals(Object o) {
        return o instanceof Metric m && sql.equals(m.sql) && Objects.equals(fallback, m.fallback);
    }

    @Override
    public int hashCode() {
        return 31 * sql.hashCode() + Objects.hashCode(fallback);
    }

    /** The SQL to run: the fallback when asked for and there is one, else {@link #sql}. */
    public String sql(boolean useFallback) {
        return useFallback && fallback != null ? fallback : sql;
    }
}
