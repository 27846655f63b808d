package io.mlgate.engine.validate;

import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YamlTree;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.validate.policy.CheckReader;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Measure once: many checks on one dataset run as one aggregate query. */
class ScanPlanTest {
    @TempDir
    Path dir;

    @Test
    void elevenChecksShareOneQueryAndDeduplicateMetrics() throws Exception {
        Path data = Files2.write(dir, "d.csv", "id,v,c", "1,0.5,a", "2,1.5,b", "3,,a");
        String yaml = """
                checks:
                  - {check: row_count, min: 1}
                  - {check: completeness, column: v, min: 0.5}
                  - {check: completeness, column: c}
                  - {check: unique, column: id}
                  - {check: range, column: v, min: 0, max: 2}
                  - {check: allowed_values, column: c, values: [a, b]}
                  - {check: pattern, column: c, regex: '[a-z]'}
                  - {check: length, column: c, max: 1}
                  - {check: row_rule, sql: 'id > 0'}
                  - {check: sql_assert, sql: 'sum(id)', min: 6, max: 6}
                  - {check: row_rule, name: again, sql: 'id > 0'}
                """;
        CheckReader reader = new CheckReader(null);
        List<Check> checks = YamlTree.parse("p.yml", yaml).required("checks").asList().items().stream()
                .map(YNode::asMap).map(reader::read).toList();
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset ds = engine.register("data", DataSource.of(data.toString()));
            CheckScope scope = new CheckScope(ds, Map.of());
            ScanPlan plan = new ScanPlan(checks, scope);
            // row_count is shared by row_count, completeness x2 and the row rules; the two identical rules share both
            assertThat(plan.metrics()).hasSizeLessThan(checks.stream().mapToInt(c -> c.metrics(scope).size()).sum());
            AtomicInteger queries = new AtomicInteger();
            MetricValues values = plan.execute(counting(engine.connection(), queries));
            assertThat(queries).hasValue(1);
            assertThat(checks).allSatisfy(c -> assertThat(c.judge(scope, values).outcome()).isEqualTo(Verdict.Outcome.MET));
        }
    }

    /** A connection whose statements count the queries they run. */
    private static Connection counting(Connection real, AtomicInteger queries) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, m, args) -> {
                    Object r = m.invoke(real, args);
                    if (r instanceof Statement st) {
                        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[]{Statement.class},
                                (p2, m2, a2) -> {
                                    if (m2.getName().startsWith("execute")) {
                                        queries.incrementAndGet();
                                    }
                                    return m2.invoke(st, a2);
                                });
                    }
                    return r;
                });
    }
}
