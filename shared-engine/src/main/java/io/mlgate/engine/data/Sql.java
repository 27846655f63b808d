package io.mlgate.engine.data;

import io.mlgate.engine.validate.sql.SqlDialect;

/**
 * Quoting for the DuckDB SQL this package builds: identifiers and string literals, never user text pasted raw.
 * The spelling is {@link SqlDialect#DUCKDB}'s; SQL for other engines quotes through its own dialect.
 */
public final class Sql {
    private Sql() {
    }

    /** A double-quoted identifier: {@code my "col"} becomes {@code "my ""col"""}. */
    public static String ident(String name) {
        return SqlDialect.DUCKDB.ident(name);
    }

    /** A single-quoted string literal. */
    public static String literal(String value) {
        return SqlDialect.DUCKDB.literal(value);
    }
}
