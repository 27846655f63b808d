package io.mlgate.engine.validate.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each dialect's spelling of the constructs checks need, as exact strings. */
class SqlDialectTest {
    private final SqlDialect duck = SqlDialect.DUCKDB;
    private final SqlDialect spark = SqlDialect.SPARK;

    @Test
    void identifiersQuoteTheirOwnQuoteCharacter() {
        assertThat(duck.ident("my \"col\"")).isEqualTo("\"my \"\"col\"\"\"");
        assertThat(spark.ident("my `col`")).isEqualTo("`my ``col```");
        assertThat(spark.ident("a \"b\"")).isEqualTo("`a \"b\"`");
    }

    @Test
    void literalsEscapeQuotesAndSparkAlsoBackslashes() {
        assertThat(duck.literal("it's \\d")).isEqualTo("'it''s \\d'");
        assertThat(spark.literal("it's \\d")).isEqualTo("'it\\'s \\\\d'");
    }

    @Test
    void castsAndKeys() {
        assertThat(duck.text("x")).isEqualTo("CAST(x AS VARCHAR)");
        assertThat(spark.text("x")).isEqualTo("CAST(x AS STRING)");
        assertThat(duck.toDouble("avg(x)")).isEqualTo("(avg(x))::DOUBLE");
        assertThat(spark.toDouble("avg(x)")).isEqualTo("CAST(avg(x) AS DOUBLE)");
        assertThat(duck.tuple(List.of("a", "b"))).isEqualTo("row(a, b)");
        assertThat(spark.tuple(List.of("a", "b"))).isEqualTo("struct(a, b)");
        assertThat(duck.tryDate("d")).isEqualTo(spark.tryDate("d")).isEqualTo("try_cast(d AS DATE)");
    }

    @Test
    void fullRegexMatch() {
        assertThat(duck.fullMatch("s", "[a-z]+\\.x")).isEqualTo("regexp_full_match(s, '[a-z]+\\.x')");
        assertThat(duck.fullMatch("s", "[A-Z]{3}")).isEqualTo("(s GLOB '[A-Z][A-Z][A-Z]')");
        // Spark unescapes the literal to \A(?:[a-z]+\.x)\z, which RLIKE must find: the whole text
        assertThat(spark.fullMatch("s", "[a-z]+\\.x")).isEqualTo("(s RLIKE '\\\\A(?:[a-z]+\\\\.x)\\\\z')");
    }

    @Test
    void notInHashesTheValues() {
        assertThat(duck.notIn("x", List.of("'a'", "'b'"))).isEqualTo("x NOT IN (SELECT unnest(['a', 'b']))");
        assertThat(spark.notIn("x", List.of("'a'", "'b'"))).isEqualTo("x NOT IN ('a', 'b')");
    }

    @Test
    void conditionalCounts() {
        assertThat(duck.countIf("p")).isEqualTo("count_if(p)");
        assertThat(spark.countIf("p")).isEqualTo("count_if(p)");
        assertThat(duck.countDistinctIf("k", "p")).isEqualTo("count(DISTINCT k) FILTER (WHERE p)");
        assertThat(spark.countDistinctIf("k", "p")).isEqualTo("count(DISTINCT CASE WHEN p THEN k END)");
        assertThat(duck.countDistinctIntegers("k")).contains("bit_count(bitstring_agg(k))");
        assertThat(spark.countDistinctIntegers("k")).isEmpty();
        assertThat(duck.countNotTrue("p")).contains("count(*) - coalesce(count_if((p)), 0)");
        assertThat(spark.countNotTrue("p")).isEmpty();
    }
}
