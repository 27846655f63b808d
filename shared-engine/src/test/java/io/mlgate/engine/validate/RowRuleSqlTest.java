package io.mlgate.engine.validate;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YamlTree;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.validate.policy.CheckReader;
import io.mlgate.engine.validate.sql.SideBySide;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A row rule's offending rows are counted on DuckDB as all rows less those where the rule is true, which gives the
 * count of {@code NOT coalesce(rule, FALSE)} it replaced for every rule DuckDB binds as boolean; for the rules it
 * does not (integers), the plan falls back to that form for the rule alone; a rule the old form rejected is still
 * rejected.
 */
class RowRuleSqlTest {
    /** Booleans, NULLs of every kind, integers, text, NaN and infinities, literals, and rules that do not bind. */
    private static final List<String> RULES = List.of("b", "NOT b", "b AND NULL", "b OR NULL", "i > 0", "i", "i / 0 > 1",
            "1", "0", "s = 'x'", "s", "s LIKE 'a%'", "d > 0", "d", "d = d", "isnan(d)", "o <> t", "NULL", "NULL::BOOLEAN",
            "TRUE", "FALSE", "'true'", "'t'", "'maybe'", "CAST(i AS BOOLEAN)", "try_cast(s AS BOOLEAN)", "i::VARCHAR",
            "no_such_column > 0");

    private static final String DATA = "SELECT CASE WHEN range % 7 = 0 THEN NULL ELSE range % 3 = 0 END AS b, "
            + "CASE WHEN range % 11 = 0 THEN NULL ELSE (range % 5) - 2 END AS i, "
            + "CASE WHEN range % 13 = 0 THEN NULL ELSE ['x', 'abc', 'true', 'false', '', 'é'][1 + range % 6] END AS s, "
            + "CASE WHEN range % 17 = 0 THEN NULL ELSE ['nan', 'inf', '-inf', '0', '-0.0', '1.5', '-2'][1 + range % 7]::DOUBLE END AS d, "
            + "CASE WHEN range % 19 = 0 THEN NULL ELSE ['ABE', 'ABI', 'YAK'][1 + range % 3] END AS o, "
            + "CASE WHEN range % 23 = 0 THEN NULL ELSE ['ABE', 'ABI', 'YAK'][1 + range % 5 % 3] END AS t "
            + "FROM range(3000)";

    @TempDir
    Path dir;

    private static String oldForm(String rule) {
        return "count_if((NOT coalesce((" + rule + "), FALSE)))";
    }

    /** The count, or {@code null} when DuckDB rejects the query. */
    private static Long count(SideBySide db, String aggregate, String relation) {
        try {
            return db.scalar("SELECT " + aggregate + " FROM " + relation);
        } catch (SQLException e) {
            return null;
        }
    }

    /** For each relation and rule: the new form gives the old count, or fails where the plan falls back. */
    private static List<String> mismatches(SideBySide db, List<String> relations, UnaryOperator<String> neu) {
        List<String> out = new ArrayList<>();
        for (String relation : relations) {
            for (String rule : RULES) {
                Long before = count(db, oldForm(rule), relation);
                Long after = count(db, neu.apply(rule), relation);
                if (after != null && !Objects.equals(before, after)) {
                    out.add(relation + ": " + rule + ": " + before + " before, " + after + " after");
                }
            }
        }
        return out;
    }

    @Test
    void countsTheSameOffendingRowsOrFailsToBind() throws Exception {
        try (SideBySide db = new SideBySide(dir)) {
            List<String> relations = new ArrayList<>(db.table("t", DATA));
            relations.addAll(db.table("empty", DATA + " LIMIT 0"));
            relations.addAll(db.table("nulls", "SELECT NULL::BOOLEAN AS b, NULL::INTEGER AS i, NULL::VARCHAR AS s, "
                    + "NULL::DOUBLE AS d, NULL::VARCHAR AS o, NULL::VARCHAR AS t FROM range(10)"));
            assertThat(mismatches(db, relations, r -> SqlDialect.DUCKDB.countNotTrue(r).orElseThrow())).isEmpty();
            assertThat(count(db, SqlDialect.DUCKDB.countNotTrue("o <> t").orElseThrow(), "t_parquet")).isPositive();
            assertThat(count(db, SqlDialect.DUCKDB.countNotTrue("i").orElseThrow(), "t"))
                    .as("an integer rule does not bind: the plan falls back").isNull();
            assertThat(count(db, oldForm("i"), "t")).isPositive();
        }
    }

    @Test
    void theComparisonCatchesWrongForms() throws Exception {
        try (SideBySide db = new SideBySide(dir)) {
            List<String> relations = db.table("t", DATA);
            for (UnaryOperator<String> mutant : List.<UnaryOperator<String>>of(
                    r -> "count(*) - count_if((" + r + "))",
                    r -> "count_if(NOT (" + r + "))",
                    r -> "count(*) - coalesce(count_if(coalesce((" + r + "), TRUE)), 0)",
                    r -> "count(*) - coalesce(count_if(try_cast((" + r + ") AS BOOLEAN)), 0)")) {
                assertThat(mismatches(db, relations, mutant)).as(mutant.apply("p")).isNotEmpty();
            }
        }
    }

    /** The measured fraction through the plan (on Parquet, with an integer key) and the old form's count; {@code ran} gets the SQL run. */
    private Object[] viaPlan(String rule, List<String> ran) throws Exception {
        Path file = dir.resolve("d.parquet");
        if (!Files.exists(file)) {
            try (SideBySide db = new SideBySide(dir)) {
                db.table("d", DATA.replace("FROM range(3000)", ", range AS k FROM range(3000)"));
                Files.move(dir.resolve("d.parquet"), file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String yaml = "checks:\n  - {check: unique, column: k}\n  - {check: row_rule, sql: " + quoted(rule) + "}";
        CheckReader reader = new CheckReader(null);
        List<Check> checks = YamlTree.parse("p.yml", yaml).required("checks").asList().items().stream()
                .map(YNode::asMap).map(reader::read).toList();
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset ds = engine.register("data", DataSource.of(file.toString()));
            CheckScope scope = new CheckScope(ds, Map.of());
            QueryRunner real = new JdbcQueryRunner(engine.connection());
            QueryRunner recording = new QueryRunner() {
                public SqlDialect dialect() {
                    return real.dialect();
                }

                public List<Object> firstRow(String sql) {
                    ran.add(sql);
                    return real.firstRow(sql);
                }

                public List<Map<String, Object>> rows(String sql) {
                    return real.rows(sql);
                }

                public void compile(String sql) {
                    real.compile(sql);
                }
            };
            MetricValues values = new ScanPlan(checks, scope).execute(recording);
            long old = ((Number) real.firstRow("SELECT " + oldForm(rule) + " FROM \"data\"").get(0)).longValue();
            return new Object[]{checks.get(1).judge(scope, values).measured(), old};
        }
    }

    private static String quoted(String rule) {
        return "'" + rule.replace("'", "''") + "'";
    }

    @Test
    void aRuleThatIsNotBooleanFallsBackAloneAndTheKeyKeepsItsBitmap() throws Exception {
        List<String> ran = new ArrayList<>();
        Object[] r = viaPlan("i", ran);
        long old = (Long) r[1];
        assertThat((Double) r[0]).isEqualTo((3000.0 - old) / 3000);
        assertThat(ran).hasSize(2);
        assertThat(ran.get(0)).contains("count_if((i))", "bitstring_agg");
        assertThat(ran.get(1)).contains("NOT coalesce((i), FALSE)", "bitstring_agg").doesNotContain("count(DISTINCT");
    }

    @Test
    void booleanRulesRunInOneQuery() throws Exception {
        for (String rule : List.of("o <> t", "b", "NULL", "'t'", "s = 'x'")) {
            List<String> ran = new ArrayList<>();
            Object[] r = viaPlan(rule, ran);
            assertThat(ran).as(rule).hasSize(1);
            assertThat((Double) r[0]).as(rule).isEqualTo((3000.0 - (Long) r[1]) / 3000);
        }
    }

    @Test
    void aRuleTheOldFormRejectedIsStillRejected() {
        for (String rule : List.of("s", "d", "no_such_column > 0", "'maybe'")) {
            assertThatThrownBy(() -> viaPlan(rule, new ArrayList<>())).as(rule).isInstanceOf(BadInputException.class);
        }
    }
}
