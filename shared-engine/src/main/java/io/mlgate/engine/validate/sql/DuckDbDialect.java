package io.mlgate.engine.validate.sql;

import java.util.List;

/** DuckDB's spelling: double-quoted identifiers, RE2 {@code regexp_full_match}, {@code row(…)}, {@code FILTER}. */
final class DuckDbDialect implements SqlDialect {

    @Override
    public String name() {
        return "duckdb";
    }

    /** {@code my "col"} becomes {@code "my ""col"""}. */
    @Override
    public String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Single quotes, a quote doubled; backslashes are plain characters. */
    @Override
    public String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    @Override
    public String text(String expr) {
        return "CAST(" + expr + " AS VARCHAR)";
    }

    @Override
    public String toDouble(String expr) {
        return "(" + expr + ")::DOUBLE";
    }

    @Override
    public String fullMatch(String expr, String regex) {
        return "regexp_full_match(" + expr + ", " + literal(regex) + ")";
    }

    @Override
    public String tryDate(String expr) {
        return "try_cast(" + expr + " AS DATE)";
    }

    @Override
    public String tuple(List<String> exprs) {
        return "row(" + String.join(", ", exprs) + ")";
    }

    @Override
    public String countIf(String predicate) {
        return "count(*) FILTER (WHERE " + predicate + ")";
    }

    @Override
    public String countDistinctIf(String expr, String predicate) {
        return "count(DISTINCT " + expr + ") FILTER (WHERE " + predicate + ")";
    }
}
