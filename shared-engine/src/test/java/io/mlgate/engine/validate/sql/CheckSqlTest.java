package io.mlgate.engine.validate.sql;

import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YamlTree;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.CheckScope;
import io.mlgate.engine.validate.Metric;
import io.mlgate.engine.validate.ScanPlan;
import io.mlgate.engine.validate.anomaly.MetricsHistory;
import io.mlgate.engine.validate.policy.CheckReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same check objects compile to DuckDB SQL or to Spark SQL, depending only on where the dataset lives. */
class CheckSqlTest {
    private static final String CHECKS = """
            checks:
              - {check: completeness, column: email}
              - {check: unique, columns: [country, age]}
              - {check: range, column: age, min: 18, max: 99}
              - {check: allowed_values, column: country, values: [SE, "it's"]}
              - {check: pattern, column: joined, format: date}
              - {check: length, column: email, max: 40}
              - {check: foreign_key, column: country, reference: countries, reference_column: code}
              - {check: anomaly, metric: mean(age), method: z_score}
            """;

    private static List<Check> checks() {
        CheckReader reader = new CheckReader(new MetricsHistory(Path.of("unused"), Map.of()));
        return YamlTree.parse("p.yml", CHECKS).required("checks").asList().items().stream()
                .map(YNode::asMap).map(reader::read).toList();
    }

    private static CheckScope scope(SqlDialect d) {
        List<ColumnInfo> cols = List.of(ColumnInfo.of("email", "VARCHAR"), ColumnInfo.of("country", "VARCHAR"),
                ColumnInfo.of("age", "BIGINT"), ColumnInfo.of("joined", "DATE"));
        Dataset data = Dataset.of(d, "data", DataSource.of("d.csv"), cols, 4, Map.of());
        Dataset ref = Dataset.of(d, "countries", DataSource.of("c.csv"), List.of(ColumnInfo.of("code", "VARCHAR")), 2, Map.of());
        return new CheckScope(data, Map.of("countries", ref));
    }

    @Test
    void duckDbSqlKeepsDuckDbSpellings() {
        String sql = new ScanPlan(checks(), scope(SqlDialect.DUCKDB)).sql();
        assertThat(sql).startsWith("SELECT count(*) AS m0,\n  count_if((\"email\" IS NULL)) AS m1,")
                .contains("count(DISTINCT row(\"country\", \"age\")) FILTER (WHERE \"country\" IS NOT NULL AND \"age\" IS NOT NULL)")
                .contains("CAST(\"country\" AS VARCHAR) NOT IN (SELECT unnest(['SE', 'it''s']))")
                .contains("NOT regexp_full_match(CAST(\"joined\" AS VARCHAR), '^[0-9]{4}-")
                .contains("try_cast(CAST(\"joined\" AS VARCHAR) AS DATE) IS NULL")
                .contains("\"country\" NOT IN (SELECT \"code\" FROM \"countries\" WHERE \"code\" IS NOT NULL)")
                .contains("(avg(\"age\"))::DOUBLE")
                .endsWith("\nFROM \"data\"");
    }

    @Test
    void sparkSqlUsesSparkSpellingsOnly() {
        CheckScope scope = scope(SqlDialect.SPARK);
        String sql = new ScanPlan(checks(), scope).sql();
        assertThat(sql).doesNotContain("\"", "FILTER", "VARCHAR", "regexp_full_match", "::", "row(")
                .contains("count_if((`email` IS NULL))")
                .contains("count(DISTINCT CASE WHEN `country` IS NOT NULL AND `age` IS NOT NULL THEN struct(`country`, `age`) END)")
                .contains("CAST(`country` AS STRING) NOT IN ('SE', 'it\\'s')")
                .contains("NOT (CAST(`joined` AS STRING) RLIKE '\\\\A(?:^[0-9]{4}-")
                .contains("`country` NOT IN (SELECT `code` FROM `countries` WHERE `code` IS NOT NULL)")
                .contains("CAST(avg(`age`) AS DOUBLE)")
                .endsWith("\nFROM `data`");
        assertThat(checks()).allSatisfy(c -> c.examplesQuery(scope, 3)
                .ifPresent(q -> assertThat(q).doesNotContain("\"", "VARCHAR", "regexp_full_match", "row(")));
    }

    @Test
    void metricsAreSharedWithinOneDialectOnly() {
        List<Metric> duck = new ScanPlan(checks(), scope(SqlDialect.DUCKDB)).metrics();
        List<Metric> spark = new ScanPlan(checks(), scope(SqlDialect.SPARK)).metrics();
        assertThat(spark).hasSameSizeAs(duck).contains(Metric.ROW_COUNT).doesNotContainAnyElementsOf(duck.subList(1, duck.size()));
    }
}
