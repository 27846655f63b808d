package io.mlgate.engine.validate.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DuckDB's allowed-values test, a cast to an {@code ENUM} of the values, judges every text exactly as the hashed
 * {@code NOT IN (SELECT unnest([…]))} it replaced, on Parquet (dictionary vectors) and on a table (flat vectors);
 * and the comparison is sharp enough to catch a form that is slightly wrong.
 */
class MembershipSqlTest {
    /** Repeats, the empty text, quotes, non-ASCII (composed and decomposed), emoji, unpaired surrogates, long texts. */
    private static final List<String> VALUES = List.of("ABE", "ABI", "ABE", "", "it's", "a b", "\u00e9", "e\u0301",
            "\u4e2d\u6587", "\uD83D\uDE00", "x\uD800", "x\uDC00", "\\d", "%", "_", "NULL", "a b c d e f g h i j k",
            "a very long allowed value, over twelve bytes");

    @TempDir
    Path dir;

    private static String oldForm(String expr, List<String> values) {
        return expr + " NOT IN (SELECT unnest([" + String.join(", ", literals(values)) + "]))";
    }

    private static List<String> literals(List<String> values) {
        return values.stream().map(SqlDialect.DUCKDB::literal).toList();
    }

    /** The values, near misses of each (case, spaces, accents, prefixes), random texts and NULLs. */
    private static List<String> pool(Random random) {
        List<String> pool = new ArrayList<>(VALUES);
        for (String v : VALUES) {
            pool.addAll(List.of(v.toLowerCase(), v.toUpperCase(), " " + v, v + " ", v + "\n", v + "x", v + "\u0000"));
            if (!v.isEmpty()) {
                pool.add(v.substring(0, v.length() - 1));
            }
        }
        pool.addAll(List.of("x?", "E\u0301", "\u00c9", "abe", "ab"));
        pool.addAll(SideBySide.randomTexts(random, 300));
        pool.add(null);
        pool.add(null);
        return pool;
    }

    @Test
    void enumCastJudgesEveryTextAsNotInDid() throws Exception {
        Random random = new Random(11);
        try (SideBySide db = new SideBySide(dir)) {
            List<String> tables = db.texts("t", pool(random), 20_000, random);
            for (List<String> values : List.of(VALUES, List.of("ABE"), List.of(""), VALUES.subList(3, 9))) {
                String neu = SqlDialect.DUCKDB.notIn("s", literals(values));
                assertThat(neu).startsWith("try_cast(s AS ENUM(");
                for (String table : tables) {
                    assertThat(db.differences(table, "s IS NOT NULL", oldForm("s", values), neu))
                            .as(table + ", values " + values).isZero();
                    assertThat(db.scalar("SELECT count_if(s IS NOT NULL AND " + neu + ") FROM " + table)).isPositive();
                    assertThat(db.scalar("SELECT count_if(s IS NOT NULL AND NOT (" + neu + ")) FROM " + table)).isPositive();
                }
            }
            List<String> degenerate = new ArrayList<>(db.table("empty", "SELECT NULL::VARCHAR AS s FROM range(0)"));
            degenerate.addAll(db.table("nulls", "SELECT NULL::VARCHAR AS s FROM range(100)"));
            for (String table : degenerate) {
                assertThat(db.differences(table, "s IS NOT NULL", oldForm("s", VALUES), SqlDialect.DUCKDB.notIn("s", literals(VALUES))))
                        .as(table).isZero();
            }
            assertThat(db.scalar("SELECT count(*) FROM parquet_metadata('" + dir.resolve("t.parquet")
                    + "') WHERE encodings LIKE '%DICTIONARY%'")).as("the Parquet copy is dictionary-encoded").isPositive();
        }
    }

    @Test
    void theComparisonCatchesWrongForms() throws Exception {
        Random random = new Random(11);
        String enumType = "ENUM(" + String.join(", ", new java.util.LinkedHashSet<>(literals(VALUES).stream()
                .map(l -> new String(l.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8))
                .toList())) + ")";
        List<String> mutants = List.of(
                "try_cast(lower(s) AS " + enumType + ") IS NULL",
                "try_cast(trim(s) AS " + enumType + ") IS NULL",
                "try_cast(nfc_normalize(s) AS " + enumType + ") IS NULL",
                "try_cast(s AS " + enumType.replace("'', ", "") + ") IS NULL",
                "try_cast(s AS " + enumType + ") IS NOT NULL");
        try (SideBySide db = new SideBySide(dir)) {
            for (String table : db.texts("t", pool(random), 20_000, random)) {
                for (String mutant : mutants) {
                    assertThat(db.differences(table, "s IS NOT NULL", oldForm("s", VALUES), mutant)).as(mutant).isPositive();
                }
            }
        }
    }
}
