package io.mlgate.engine.validate.sql;

import java.util.List;
import java.util.Optional;

/**
 * How one SQL engine spells the few constructs that mlgate's generated SQL needs. Checks build their SQL only
 * through a dialect, so that one check object yields DuckDB SQL or Spark SQL: one constraint definition, two
 * engines. Everything else mlgate writes (comparisons, {@code IS NULL}, {@code count}, {@code length},
 * {@code avg}, {@code NOT IN (SELECT …)}) is the same in both and is written directly.
 */
public interface SqlDialect {
    /** DuckDB, the embedded default engine. */
    SqlDialect DUCKDB = new DuckDbDialect();
    /** Apache Spark SQL 3.5. */
    SqlDialect SPARK = new SparkDialect();

    /** The engine's name, e.g. {@code duckdb}. */
    String name();

    /** A quoted identifier that may contain any character. */
    String ident(String name);

    /** A string literal holding exactly {@code value}. */
    String literal(String value);

    /** {@code expr} as text, for checks on strings that also apply to other types. */
    String text(String expr);

    /** {@code expr} as a double. */
    String toDouble(String expr);

    /** True when the whole of the text {@code expr} matches {@code regex}, not just a part of it. */
    String fullMatch(String expr, String regex);

    /** The text {@code expr} as a date, or NULL when it is not a real calendar date. */
    String tryDate(String expr);

    /** One comparable value made of several columns, for compound keys. */
    String tuple(List<String> exprs);

    /** True when {@code expr} (not null) is none of the non-null {@code literals} (already quoted literals). */
    String notIn(String expr, List<String> literals);

    /** The number of rows for which {@code predicate} is true (aggregate). */
    String countIf(String predicate);

    /**
     * The number of rows for which the boolean {@code predicate} is not true (false or NULL), in a form faster than
     * {@code count_if(NOT coalesce(predicate, FALSE))}, or empty when the engine has no such form. The form may fail
     * to bind where {@code predicate} is not boolean; the plan then falls back to the {@code coalesce} form.
     */
    Optional<String> countNotTrue(String predicate);

    /** The number of distinct non-null values of {@code expr} among rows where {@code predicate} is true. */
    String countDistinctIf(String expr, String predicate);

    /**
     * The exact number of distinct non-null values of an integer column computed from its min/max statistics
     * instead of a hash table, or empty when the engine has no such form. The expression fails to bind when the
     * statistics are missing or the range is too wide; the plan then falls back to {@link #countDistinctIf}.
     */
    Optional<String> countDistinctIntegers(String column);
}
