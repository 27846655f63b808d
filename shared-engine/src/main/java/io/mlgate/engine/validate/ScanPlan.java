package io.mlgate.engine.validate;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.ScanErrors;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measure once: the metrics of all checks, deduplicated, become the columns of one aggregate query over the
 * dataset, so the data is scanned once however many checks there are. When that query fails, each check's own
 * metrics are compiled (not run) one by one to name the check whose SQL is wrong. The SQL is in the dialect of
 * the scope's engine; a {@link QueryRunner} of that engine runs it. When some metrics have a fallback (a faster
 * form the engine may reject, see {@link Metric#fallback()}) and the query fails, it runs once more with the
 * fallbacks before any check is blamed.
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
        if (metrics.isEmpty()) {
            return null;
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            cols.add(metrics.get(i).sql(fallback) + " AS m" + i);
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
            try {
                row = runner.firstRow(sql(true));
            } catch (QueryException again) {
                throw blame(runner, again, true);
            }
        }
        for (int i = 0; i < metrics.size(); i++) {
            values.put(metrics.get(i), row.get(i));
        }
        return new MetricValues(values);
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
