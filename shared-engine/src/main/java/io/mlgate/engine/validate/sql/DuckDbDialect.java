package io.mlgate.engine.validate.sql;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * DuckDB's spelling: double-quoted identifiers, RE2 {@code regexp_full_match} (or {@code GLOB} for fixed-length
 * ASCII patterns), {@code row(…)}, {@code count_if}, membership as a cast to an {@code ENUM}.
 */
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

    /** {@code GLOB} where it accepts exactly the same texts ({@link GlobPattern}: ten times faster), else RE2. */
    @Override
    public String fullMatch(String expr, String regex) {
        return GlobPattern.of(regex).map(glob -> "(" + expr + " GLOB " + literal(glob) + ")")
                .orElseGet(() -> "regexp_full_match(" + expr + ", " + literal(regex) + ")");
    }

    @Override
    public String tryDate(String expr) {
        return "try_cast(" + expr + " AS DATE)";
    }

    @Override
    public String tuple(List<String> exprs) {
        return "row(" + String.join(", ", exprs) + ")";
    }

    /**
     * A {@code try_cast} to an {@code ENUM} of the values, which is NULL exactly for the texts that are none of them
     * (byte for byte: no trimming, case folding or normalisation). DuckDB casts a Parquet column's dictionary once
     * instead of every row: 229 airport codes over 10 million rows cost about 0.005 s more than reading them, against
     * 0.05 s for {@code NOT IN (SELECT unnest([…]))} (a hashed mark join) and 13 s for a literal {@code NOT IN} list
     * inside an aggregate. An {@code ENUM} may not repeat a value, so repeated values are dropped, compared as the
     * UTF-8 the driver sends (which turns unpaired surrogates into {@code ?}). Unlike {@code NOT IN}, a NULL
     * {@code expr} gives TRUE: callers pass non-null ones only.
     */
    @Override
    public String notIn(String expr, List<String> literals) {
        LinkedHashSet<String> members = new LinkedHashSet<>();
        literals.forEach(l -> members.add(new String(l.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        return "try_cast(" + expr + " AS ENUM(" + String.join(", ", members) + ")) IS NULL";
    }

    /** {@code count_if}: with a dozen conditional counts in one scan, 25-40% faster than {@code FILTER} clauses. */
    @Override
    public String countIf(String predicate) {
        return "count_if(" + predicate + ")";
    }

    /**
     * All rows less those where the predicate is true: DuckDB evaluates {@code coalesce} row by row (0.05 s per 10
     * million rows for a row rule comparing two columns). {@code count_if} counts TRUE only, so NULL and FALSE rows
     * are the difference; the outer {@code coalesce} covers a NULL literal predicate, whose {@code count_if} is NULL.
     * {@code count_if} binds booleans (and NULL and text literals) only, where the {@code coalesce} form also
     * accepts integers.
     */
    @Override
    public Optional<String> countNotTrue(String predicate) {
        return Optional.of("count(*) - coalesce(count_if((" + predicate + ")), 0)");
    }

    @Override
    public String countDistinctIf(String expr, String predicate) {
        return "count(DISTINCT " + expr + ") FILTER (WHERE " + predicate + ")";
    }

    /**
     * One bit per value between the column's min and max (from statistics), counted: on 10 million keys about a
     * tenth of the CPU of hashing them for {@code count(DISTINCT)}.
     */
    @Override
    public Optional<String> countDistinctIntegers(String column) {
        return Optional.of("bit_count(bitstring_agg(" + column + "))");
    }
}
