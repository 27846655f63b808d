package io.mlgate.engine.validate.checks;

import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YamlTree;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.policy.CheckReader;
import io.mlgate.engine.validate.sql.SideBySide;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column checks whose violation is true only where the column is not NULL count it alone, without
 * {@code column IS NOT NULL AND}: on data with NULLs in every column, in a table and in a Parquet copy, each such
 * check counts exactly the rows it counted with the guard. The checks that keep the guard (the date format, a
 * foreign key) would count NULL rows without it, which shows the data can tell the two forms apart.
 */
class UnguardedViolationsTest {
    private static final String DATA = "SELECT CASE WHEN range % 11 = 0 THEN NULL ELSE (range % 5) - 2 END AS i, "
            + "CASE WHEN range % 17 = 0 THEN NULL ELSE ['nan', 'inf', '-inf', '0', '-0.0', '1.5', '-2'][1 + range % 7]::DOUBLE END AS d, "
            + "CASE WHEN range % 19 = 0 THEN NULL ELSE ['ABE', 'ABI', 'YAK', 'abe', '', 'A'][1 + range % 6] END AS o, "
            + "CASE WHEN range % 7 = 0 THEN NULL ELSE ['2024-02-29', '2023-02-29', 'x', 'a@b.io', "
            + "'123e4567-e89b-12d3-a456-426614174000', 'http://h/x', '10.0.0.1', '2024-01-01T10:00:00Z'][1 + range % 8] END AS f "
            + "FROM range(3000)";

    /** Checks counted without the guard, on every column type in the data. */
    private static final List<String> UNGUARDED = List.of(
            "{check: range, column: i, min: 0}", "{check: range, column: i, max: 1}",
            "{check: range, column: d, min: -1, max: 1}", "{check: range, column: d, min: 0}",
            "{check: length, column: s, min: 3, max: 3}", "{check: length, column: s, min: 2, max: 5}",
            "{check: length, column: i, max: 1}",
            "{check: allowed_values, column: o, values: [ABE, YAK]}", "{check: allowed_values, column: i, values: ['1', '-2']}",
            "{check: allowed_values, column: s, values: ['ABC', 'a']}",
            "{check: pattern, column: s, regex: '[A-Z]{3}'}", "{check: pattern, column: s, regex: 'a.*'}",
            "{check: pattern, column: o, regex: '[A-Z]+'}", "{check: pattern, column: f, format: email}",
            "{check: pattern, column: f, format: uuid}", "{check: pattern, column: f, format: timestamp}",
            "{check: pattern, column: f, format: url}", "{check: pattern, column: f, format: ipv4}");

    /** Checks that keep {@code column IS NOT NULL AND}: their violation is true on NULL. */
    private static final List<String> GUARDED = List.of("{check: pattern, column: f, format: date}",
            "{check: foreign_key, column: o, reference: none}");

    @TempDir
    Path dir;

    private static RowLevelCheck check(String yaml) {
        YNode node = YamlTree.parse("p.yml", "checks:\n  - " + yaml).required("checks").asList().items().get(0);
        return (RowLevelCheck) new CheckReader(null).read(node.asMap());
    }

    private static CheckScope scope() {
        List<ColumnInfo> columns = List.of(ColumnInfo.of("i", "INTEGER"), ColumnInfo.of("d", "DOUBLE"),
                ColumnInfo.of("o", "VARCHAR"), ColumnInfo.of("f", "VARCHAR"), ColumnInfo.of("s", "VARCHAR"));
        Dataset data = Dataset.of(SqlDialect.DUCKDB, "t", DataSource.of("t.csv"), columns, 0, Map.of());
        Dataset none = Dataset.of(SqlDialect.DUCKDB, "none", DataSource.of("none.csv"), List.of(ColumnInfo.of("o", "VARCHAR")),
                0, Map.of());
        return new CheckScope(data, Map.of("none", none));
    }

    private static String guarded(RowLevelCheck c, CheckScope scope) {
        return "count_if((" + c.considered(scope) + ") AND (" + c.violation(scope) + "))";
    }

    @Test
    void countedAloneTheViolationCountsTheSameRows() throws Exception {
        CheckScope scope = scope();
        try (SideBySide db = new SideBySide(dir)) {
            db.texts("s_pool", texts(), 3000, new Random(3));
            db.table("other_columns", DATA);
            List<String> relations = new ArrayList<>(db.table("t", "SELECT c.i, c.d, c.o, c.f, p.s FROM other_columns c "
                    + "POSITIONAL JOIN s_pool p"));
            relations.addAll(db.table("nulls", "SELECT NULL::INTEGER AS i, NULL::DOUBLE AS d, NULL::VARCHAR AS o, "
                    + "NULL::VARCHAR AS f, NULL::VARCHAR AS s FROM range(10)"));
            for (String yaml : UNGUARDED) {
                RowLevelCheck c = check(yaml);
                String counted = c.metrics(scope).get(1).sql(false);
                assertThat(counted).as(yaml).doesNotContain("IS NOT NULL");
                for (String relation : relations) {
                    assertThat(db.scalar("SELECT " + counted + " FROM " + relation)).as(yaml + " on " + relation)
                            .isEqualTo(db.scalar("SELECT " + guarded(c, scope) + " FROM " + relation));
                }
                assertThat(db.scalar("SELECT " + counted + " FROM t")).as(yaml + ": the data has rows that offend")
                        .isPositive();
                assertThat(db.scalar("SELECT count_if(" + c.considered(scope) + ") - " + counted + " FROM t"))
                        .as(yaml + ": and rows that pass").isPositive();
            }
            db.table("none", "SELECT 'ABE' AS o WHERE FALSE");
            for (String yaml : GUARDED) {
                RowLevelCheck c = check(yaml);
                assertThat(c.metrics(scope).get(1).sql(false)).as(yaml).isEqualTo(guarded(c, scope));
                assertThat(db.scalar("SELECT count_if((" + c.violation(scope) + ")) - " + guarded(c, scope) + " FROM t"))
                        .as(yaml + ": without the guard NULL rows would count").isPositive();
            }
        }
    }

    /** Random texts with NULLs and the ones the checks above name. */
    private static List<String> texts() {
        List<String> pool = new ArrayList<>(SideBySide.randomTexts(new Random(9), 300));
        pool.addAll(List.of("ABC", "abc", "a", "", "\u00e9t\u00e9", "ABCD"));
        pool.add(null);
        pool.add(null);
        return pool;
    }
}
