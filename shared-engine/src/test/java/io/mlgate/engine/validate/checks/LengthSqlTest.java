package io.mlgate.engine.validate.checks;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.Bounds;
import io.mlgate.engine.validate.Check.CheckHeader;
import io.mlgate.engine.validate.CheckScope;
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

/** A length check with one exact length, {@code length(…) <> n}, offends on the same rows as the two comparisons it replaced. */
class LengthSqlTest {
    private static final CheckScope SCOPE = new CheckScope(Dataset.of(SqlDialect.DUCKDB, "t", DataSource.of("t.csv"),
            List.of(ColumnInfo.of("s", "VARCHAR")), 0, Map.of()), Map.of());

    @TempDir
    Path dir;

    private static LengthCheck check(Double min, Double max) {
        return new LengthCheck(new CheckHeader("length:s", "length", "s", Level.ERROR, Origin.commandLine("test")), "s",
                new Bounds(min, max), 1.0);
    }

    /** The SQL before: both comparisons, whatever the bounds. */
    private static String oldForm(Double min, Double max) {
        return new Bounds(min, max).outsideSql("length(CAST(\"s\" AS VARCHAR))");
    }

    @Test
    void exactLengthOffendsOnTheSameRows() throws Exception {
        Random random = new Random(5);
        List<String> pool = new ArrayList<>(SideBySide.randomTexts(random, 500));
        pool.addAll(List.of("", "abc", "\u00e9\u00e9\u00e9", "e\u0301e", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", "ab\u0000"));
        pool.add(null);
        try (SideBySide db = new SideBySide(dir)) {
            List<String> tables = new ArrayList<>(db.texts("t", pool, 5_000, random));
            tables.addAll(db.table("empty", "SELECT NULL::VARCHAR AS s FROM range(0)"));
            double[][] bounds = {{0, 0}, {3, 3}, {2.5, 2.5}, {13, 13}, {1, 3}};
            for (double[] b : bounds) {
                String neu = check(b[0], b[1]).violation(SCOPE);
                if (b[0] == b[1]) {
                    assertThat(neu).contains(" <> ").doesNotContain(" OR ");
                }
                for (String table : tables) {
                    assertThat(db.differences(table, "s IS NOT NULL", oldForm(b[0], b[1]), neu))
                            .as(table + " " + neu).isZero();
                }
                assertThat(db.scalar("SELECT count_if(s IS NOT NULL AND (" + neu + ")) FROM t")).isPositive();
            }
            assertThat(db.scalar("SELECT count_if(s IS NOT NULL AND NOT (" + check(3.0, 3.0).violation(SCOPE) + ")) FROM t"))
                    .isPositive();
            for (String mutant : List.of("strlen(CAST(\"s\" AS VARCHAR)) <> 3", "length(CAST(\"s\" AS VARCHAR)) <> 4",
                    "length(CAST(\"s\" AS VARCHAR)) < 3", "length_grapheme(CAST(\"s\" AS VARCHAR)) <> 3")) {
                assertThat(db.differences("t_parquet", "s IS NOT NULL", oldForm(3.0, 3.0), mutant)).as(mutant).isPositive();
            }
        }
    }
}
