package io.mlgate.engine.validate.sql;

import java.util.List;
import java.util.Optional;

/**
 * Spark SQL 3.5's spelling (default settings, ANSI mode off): backquoted identifiers, backslash escapes in
 * string literals, Java regular expressions anchored with {@code \A…\z} for a full match, {@code struct(…)},
 * {@code count_if}. Java and RE2 regular expressions agree on the syntax that checks use (classes, groups,
 * alternation, counted repetition); RE2-only or Java-only constructs behave as each engine defines them.
 */
final class SparkDialect implements SqlDialect {

    @Override
    public String name() {
        return "spark";
    }

    /** {@code my `col`} becomes {@code `my ``col```}. */
    @Override
    public String ident(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** Single quotes; Spark reads backslash escapes in literals, so backslashes and quotes are escaped. */
    @Override
    public String literal(String value) {
        return '\'' + value.replace("\\", "\\\\").replace("'", "\\'") + '\'';
    }

    @Override
    public String text(String expr) {
        return "CAST(" + expr + " AS STRING)";
    }

    @Override
    public String toDouble(String expr) {
        return "CAST(" + expr + " AS DOUBLE)";
    }

    /** {@code RLIKE} finds a match anywhere; {@code \A(?:…)\z} makes it match the whole text. */
    @Override
    public String fullMatch(String expr, String regex) {
        return "(" + expr + " RLIKE " + literal("\\A(?:" + regex + ")\\z") + ")";
    }

    @Override
    public String tryDate(String expr) {
        return "try_cast(" + expr + " AS DATE)";
    }

    @Override
    public String tuple(List<String> exprs) {
        return "struct(" + String.join(", ", exprs) + ")";
    }

    /** A literal list, which Spark turns into a hash set above ten values. */
    @Override
    public String notIn(String expr, List<String> literals) {
        return expr + " NOT IN (" + String.join(", ", literals) + ")";
    }

    @Override
    public String countIf(String predicate) {
        return "count_if(" + predicate + ")";
    }

    /**
     * None: a predicate that is not boolean is cast differently inside {@code count_if} than inside
     * {@code NOT coalesce(…, false)} (text stays text through {@code coalesce}), and Spark's scans are not bound by it.
     */
    @Override
    public Optional<String> countNotTrue(String predicate) {
        return Optional.empty();
    }

    @Override
    public String countDistinctIf(String expr, String predicate) {
        return "count(DISTINCT CASE WHEN " + predicate + " THEN " + expr + " END)";
    }

    @Override
    public Optional<String> countDistinctIntegers(String column) {
        return Optional.empty();
    }
}
