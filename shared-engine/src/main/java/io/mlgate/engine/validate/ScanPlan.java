package io.mlgate.engine.validate;

import io.mlgate.engine.api.BadInputException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measure once: the metrics of all checks, deduplicated, become the columns of one aggregate query over the
 * dataset, so the data is scanned once however many checks there are. When that query fails, each check's own
 * metrics are compiled (not run) one by one to name the check whose SQL is wrong.
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
        this.metrics = List.copyOf(unique);
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /** The single aggregate query, or {@code null} when no check needs a metric. */
    public String sql() {
        if (metrics.isEmpty()) {
            return null;
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            cols.add(metrics.get(i).sql() + " AS m" + i);
        }
        return "SELECT " + String.join(",\n  ", cols) + "\nFROM " + scope.relation();
    }

    /** Runs the query once and returns every metric's value. */
    public MetricValues execute(Connection conn) {
        String sql = sql();
        Map<Metric, Object> values = new HashMap<>();
        if (sql == null) {
            return new MetricValues(values);
        }
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            for (int i = 0; i < metrics.size(); i++) {
                values.put(metrics.get(i), rs.getObject(i + 1));
            }
            return new MetricValues(values);
        } catch (SQLException e) {
            throw blame(conn, e);
        }
    }

    private RuntimeException blame(Connection conn, SQLException original) {
        for (Check c : checks) {
            for (Metric m : c.metrics(scope)) {
                try (Statement st = conn.createStatement()) {
                    st.execute("EXPLAIN SELECT " + m.sql() + " FROM " + scope.relation());
                } catch (SQLException e) {
                    throw c.header().origin().error("check '" + c.header().id() + "' has SQL the engine rejects: "
                            + SqlErrors.firstLine(e));
                }
            }
        }
        return new BadInputException("reading " + scope.dataset().source().location() + " failed: "
                + SqlErrors.firstLine(original));
    }
}
