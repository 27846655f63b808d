package io.mlgate.engine.validate;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.ScanErrors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measure once: the metrics of all checks, deduplicated, become the columns of one aggregate query over the
 * dataset, so the data is scanned once however many checks there are. When that query fails, each check's own
 * metrics are compiled (not run) one by one to name the check whose SQL is wrong. The SQL is in the dialect of
 * the scope's engine; a {@link QueryRunner} of that engine runs it. When some metrics have a fallback (a faster
 * form the engine may reject, see {@link Metric#fallback()}) and the query fails, it runs again with the fallbacks
 * of the metrics whose faster form does not compile, then with all fallbacks, before any check is blamed.
 */
public final class ScanPlan {
    private final List<Check> checks;
    private final CheckScope scope;
    private final List<Metric> metrics;

    public ScanPlan(List<Check> checks, CheckScope scope) {
        this.checks = List.copyOf(checks);
        this.scope = scope;
        Set<Metric> unique = new LinkedHashSet<>();
        for (Check c : checks) {
            unique.addAll(c.metrics(scope));
        }
        if (!scope.dataset().rowsRead()) {
            // registration left reading the rows to this scan: read every column, so any unreadable value shows,
            // even when no check needs a metric
            unique.add(Metric.ROW_COUNT);
            scope.dataset().columns().forEach(c -> unique.add(new Metric("count(" + scope.dialect().ident(c.name()) + ")")));
        }
        this.metrics = List.copyOf(unique);
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** The single aggregate query, or {@code null} when no check needs a metric. */
    public String sql() {
        return sql(false);
    }

    private String sql(boolean fallback) {
        return sql(fallback ? Set.copyOf(metrics) : Set.of());
    }

    /** The query with the fallback form of the metrics in {@code fallBack}. */
    private String sql(Set<Metric> fallBack) {
        if (metrics.isEmpty()) {
            return null;
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            cols.add(m.sql(fallBack.contains(m)) + " AS m" + i);
        }
        return "SELECT " + String.join(",\n  ", cols) + "\nFROM " + scope.relation();
    }

    /** Runs the query once on embedded DuckDB and returns every metric's value. */
    public MetricValues execute(Connection conn) {
        return execute(new JdbcQueryRunner(conn));
    }

    /** Runs the query once and returns every metric's value. */
    public MetricValues execute(QueryRunner runner) {
        String sql = sql();
        Map<Metric, Object> values = new HashMap<>();
        if (sql == null) {
            return new MetricValues(values);
        }
        List<Object> row;
        try {
            row = runner.firstRow(sql);
        } catch (QueryException e) {
            if (metrics.stream().noneMatch(m -> m.fallback() != null)) {
                throw blame(runner, e, false);
            }
            row = withFallbacks(runner);
        }
        for (int i = 0; i < metrics.size(); i++) {
            values.put(metrics.get(i), row.get(i));
        }
        return new MetricValues(values);
    }

    /**
     * After the query failed: first only the metrics whose faster form the engine rejects on its own (a row rule
     * that is not boolean) take their fallback, so that the others keep theirs; if that fails too (a form that
     * fails while running, such as a bitmap without statistics), all of them.
     */
    private List<Object> withFallbacks(QueryRunner runner) {
        Set<Metric> rejected = new HashSet<>();
        for (Metric m : metrics) {
            if (m.fallback() != null && !compiles(runner, m.sql())) {
                rejected.add(m);
            }
        }
        if (!rejected.isEmpty() && metrics.stream().anyMatch(m -> m.fallback() != null && !rejected.contains(m))) {
            try {
                return runner.firstRow(sql(rejected));
            } catch (QueryException e) {
                // some other metric fails too: all take their fallback below
            }
        }
        try {
            return runner.firstRow(sql(true));
        } catch (QueryException again) {
            throw blame(runner, again, true);
        }
    }

    private boolean compiles(QueryRunner runner, String metricSql) {
        try {
            runner.compile("SELECT " + metricSql + " FROM " + scope.relation());
            return true;
        } catch (QueryException e) {
            return false;
        }
    }

    private RuntimeException blame(QueryRunner runner, QueryException original, boolean fallback) {
        for (Check c : checks) {
            for (Metric m : c.metrics(scope)) {
                try {
                    runner.compile("SELECT " + m.sql(fallback) + " FROM " + scope.relation());
                } catch (QueryException e) {
                    throw c.header().origin().error("check '" + c.header().id() + "' has SQL the engine rejects: "
                            + e.getMessage());
                }
            }
        }
        if (original.getCause() instanceof SQLException e) {
            return ScanErrors.of(e, scope.dataset());
        }
        return new BadInputException("reading " + scope.dataset().source().location() + " failed: "
                + original.getMessage(), original);
    }
}
