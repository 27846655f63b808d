package io.mlgate.engine.report;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.api.ValueCount;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reports built inline for the report tests: every status, hostile text, and columns with and without charts. */
final class ReportFixtures {
    static final Instant T0 = Instant.parse("2025-03-14T09:26:53.589Z");
    /** A column name that runs script and loads an image if the HTML report forgets to escape it. */
    static final String HOSTILE = "<script>console.error('xss')</script><img src=\"http://127.0.0.1:9/evil.png\">|x";

    private ReportFixtures() {
    }

    static Provenance provenance(String algorithm) {
        return new Provenance("0.1.0-test", algorithm, "1", Map.of("data/train.csv", "ab12cd34", "mlgate.yml", "ff00"),
                T0, 42L);
    }

    static CheckResult check(String id, Status status, Object measured, String message, List<Map<String, Object>> examples) {
        Level level = status == Status.WARN ? Level.WARN : Level.ERROR;
        return new CheckResult(id, "completeness", "age", level, status, measured, ">= 0.99", message, examples,
                provenance("validate.completeness"));
    }

    static List<CheckResult> checks() {
        Map<String, Object> bad1 = new LinkedHashMap<>();
        bad1.put("id", 17L);
        bad1.put("age", null);
        bad1.put("city", "a|b <i>c</i>");
        Map<String, Object> bad2 = new LinkedHashMap<>();
        bad2.put("id", 23L);
        bad2.put("age", -4.5);
        bad2.put("city", "line1\nline2");
        return List.of(
                check("age.completeness", Status.PASS, 0.9987, "age is 99.87% complete", List.of()),
                check("income.mean", Status.WARN, 51234.5, "mean income rose 12% | above the warning band", List.of()),
                check("age.range", Status.FAIL, 2L, "2 rows have age outside [0, 120]", List.of(bad1, bad2)),
                check("drift.psi", Status.NO_DATA, null, "no reference profile yet", List.of()),
                check("label.schema", Status.ERROR, "column not found", "column 'label' is missing\u0001 & <broken>",
                        List.of()));
    }

    static List<ColumnProfile> columns() {
        ColumnProfile age = new ColumnProfile("age", ColumnType.INTEGER, "BIGINT", 1000, 12, 87, true, "0", "97",
                41.3, 12.9, Map.of("0.5", 40.0, "0.25", 31.0, "0.75", 52.0), List.of(new ValueCount("38", 40)),
                null, null, null, Histogram.of(new double[] {0, 12.5, 25, 37.5, 50, 62.5, 75, 87.5, 100},
                        new long[] {20, 95, 210, 260, 220, 120, 50, 13}));
        ColumnProfile income = new ColumnProfile("income", ColumnType.DOUBLE, "DOUBLE", 1000, 0, 998, false,
                "1200.5", "250000", 51234.5, 21000.25, Map.of(), List.of(), null, null, null,
                Histogram.of(new double[] {1200.5, 50000, 100000, 150000, 200000, 250000}, new long[] {480, 390, 100, 0, 30}));
        ColumnProfile city = new ColumnProfile("city", ColumnType.STRING, "VARCHAR", 1000, 5, 4, true, "Berlin", "Zürich",
                null, null, Map.of(), List.of(new ValueCount("Berlin", 400), new ValueCount("Paris", 300),
                new ValueCount("Zürich", 200), new ValueCount("a|b <i>c</i>", 95)), 4, 12, 6.1, null);
        ColumnProfile hostile = new ColumnProfile(HOSTILE, ColumnType.STRING, "VARCHAR", 1000, 0, 2, true, "<b>", "x",
                null, null, Map.of(), List.of(new ValueCount("<b>bold</b>", 600), new ValueCount("&amp; \"q\"", 400)),
                3, 11, 7.0, null);
        ColumnProfile day = new ColumnProfile("day", ColumnType.DATE, "DATE", 1000, 1000, 0, true, null, null,
                null, null, Map.of(), List.of(), null, null, null, null);
        return List.of(age, income, city, hostile, day);
    }

    static DatasetProfile dataset() {
        return new DatasetProfile("train", "data/train.csv", 1000, columns(), provenance("profile.duckdb"));
    }

    static GateReport sample() {
        List<CheckResult> checks = checks();
        return new GateReport("data validate", "Training data gate", Status.worstOf(checks.stream()
                .map(CheckResult::status).toList()), checks, List.of(dataset()), T0, Duration.ofMillis(1234),
                provenance("data.validate"));
    }

    /** The number of columns in {@link #sample()} that get a chart: those with a histogram or top values. */
    static long chartedColumns() {
        return columns().stream().filter(c -> c.histogram() != null || !c.topValues().isEmpty()).count();
    }
}
