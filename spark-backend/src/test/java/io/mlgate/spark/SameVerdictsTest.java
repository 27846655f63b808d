package io.mlgate.spark;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * One constraint definition, two engines: the trips suite (schema checks and every policy check kind) validated
 * by DuckDB and by Spark {@code local[2]}, on CSV and on Parquet, gives the same verdicts, the same measured values
 * (floating-point aggregates within 1e-9 relative: summation order may differ), the same messages (except the
 * physical type named by type checks) and the same example rows.
 */
class SameVerdictsTest {
    @TempDir
    static Path dir;
    static TripsSuite suite;
    static GateReport duckCsv;
    static GateReport sparkCsv;
    static GateReport duckParquet;
    static GateReport sparkParquet;

    @BeforeAll
    static void runBothEngines() {
        suite = new TripsSuite(dir);
        duckCsv = EngineRuns.validate(EngineRuns.DUCKDB, suite.policy, suite.csv);
        sparkCsv = EngineRuns.validate(EngineRuns.SPARK, suite.policy, suite.csv);
        duckParquet = EngineRuns.validate(EngineRuns.DUCKDB, suite.policy, suite.parquet);
        sparkParquet = EngineRuns.validate(EngineRuns.SPARK, suite.policy, suite.parquet);
    }

    private static CheckResult check(GateReport r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void knownAnswersOnBothEngines() {
        for (GateReport r : List.of(duckCsv, sparkCsv, duckParquet, sparkParquet)) {
            assertThat(r.status()).isEqualTo(Status.FAIL);
            assertThat(check(r, "row_count:rows").measured()).isEqualTo(400L);
            // rows 37, 74, ..., 370 have no email: 390 of 400
            assertThat((Double) check(r, "completeness:email").measured()).isEqualTo(390 / 400.0);
            // rows 53, 106, ..., 371 have "not-an-email": 7 of the 390 non-null
            assertThat((Double) check(r, "pattern:email").measured()).isEqualTo(383 / 390.0);
            assertThat(check(r, "pattern:email").status()).isEqualTo(Status.FAIL);
            // the last row repeats trip 17
            CheckResult unique = check(r, "schema:unique:trip_id");
            assertThat((Double) unique.measured()).isEqualTo(399 / 400.0);
            assertThat(unique.examples()).hasSize(2).allSatisfy(row -> assertThat(row.get("trip_id").toString()).isEqualTo("17"));
            assertThat(check(r, "allowed_values:rating").message()).startsWith("1 of 400 non-null rows");
            assertThat(check(r, "pattern:code").examples()).singleElement()
                    .satisfies(row -> assertThat(row.get("code")).isEqualTo("ab-12"));
            // Malmo is not among the reference cities, nor is Atlantis
            CheckResult fk = check(r, "foreign_key:city");
            assertThat(fk.status()).isEqualTo(Status.FAIL);
            assertThat(fk.examples()).isNotEmpty().allSatisfy(row -> assertThat(row.get("city")).isIn("Malmo", "Atlantis"));
            assertThat(check(r, "anomaly:row_count").status()).isEqualTo(Status.PASS);
            assertThat(check(r, "anomaly:distinct(driver)").measured()).isEqualTo(0.0);
        }
    }

    @Test
    void sameVerdictsMetricsMessagesAndExamplesOnCsv() {
        assertSame(duckCsv, sparkCsv);
    }

    @Test
    void sameVerdictsMetricsMessagesAndExamplesOnParquet() {
        assertSame(duckParquet, sparkParquet);
    }

    @Test
    void everyCheckKindIsInTheSuite() {
        assertThat(duckCsv.checks().stream().map(CheckResult::kind).collect(Collectors.toSet())).contains(
                "column_present", "column_type", "completeness", "unique", "range", "allowed_values", "pattern",
                "length", "row_count", "row_rule", "sql_assert", "foreign_key", "anomaly");
        assertThat(duckCsv.checks()).hasSizeGreaterThan(30);
    }

    static void assertSame(GateReport duck, GateReport spark) {
        assertThat(spark.status()).isEqualTo(duck.status());
        assertThat(spark.checks()).extracting(CheckResult::id).containsExactlyElementsOf(
                duck.checks().stream().map(CheckResult::id).toList());
        for (int i = 0; i < duck.checks().size(); i++) {
            CheckResult d = duck.checks().get(i);
            CheckResult s = spark.checks().get(i);
            assertThat(s.status()).as(d.id()).isEqualTo(d.status());
            assertThat(s.threshold()).as(d.id()).isEqualTo(d.threshold());
            if (d.measured() instanceof Double dv) {
                assertThat(((Number) s.measured()).doubleValue()).as(d.id()).isCloseTo(dv, within(Math.abs(dv) * 1e-9));
            } else if (!d.kind().equals("column_type")) {
                assertThat(s.measured()).as(d.id()).isEqualTo(d.measured());
            }
            if (!d.kind().equals("column_type")) {
                assertThat(s.message()).as(d.id()).isEqualTo(d.message());
            }
            // duplicate keys are shown ordered by key; which rows of a tied key fill the limit is up to the engine
            List<String> shown = d.kind().equals("unique") ? List.of(d.target().split(",")) : null;
            assertThat(rendered(s.examples(), shown)).as(d.id() + " examples").isEqualTo(rendered(d.examples(), shown));
        }
    }

    /**
     * Example rows as sorted text maps, of the {@code columns} given or all: engines differ in Java types (Long or
     * Integer) and in the order of rows that a query does not order.
     */
    private static List<String> rendered(List<Map<String, Object>> rows, List<String> columns) {
        return rows.stream().map(r -> new TreeMap<>(r.entrySet().stream()
                .filter(e -> columns == null || columns.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))).toString())
                .sorted().toList();
    }
}
