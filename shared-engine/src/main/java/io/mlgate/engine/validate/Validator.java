package io.mlgate.engine.validate;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs checks on one dataset: verifies each applies (columns exist, types fit), measures all metrics in one scan,
 * judges each check, and fetches up to {@code exampleLimit} offending rows for the checks that did not pass.
 */
public final class Validator {
    private final int exampleLimit;

    public Validator(int exampleLimit) {
        if (exampleLimit < 0) {
            throw new IllegalArgumentException("exampleLimit must be >= 0");
        }
        this.exampleLimit = exampleLimit;
    }

    /** Results in check order. Bad checks fail before any data is scanned. */
    public List<CheckResult> run(Connection conn, CheckScope scope, List<Check> checks) {
        for (Check c : checks) {
            c.verify(scope);
        }
        MetricValues values = new ScanPlan(checks, scope).execute(conn);
        List<CheckResult> results = new ArrayList<>();
        for (Check c : checks) {
            Verdict v = c.judge(scope, values);
            Check.CheckHeader h = c.header();
            Status status = v.status(h.level());
            List<Map<String, Object>> examples = status == Status.PASS || exampleLimit == 0
                    ? List.of() : examples(conn, c.examplesQuery(scope, exampleLimit));
            Provenance p = Provenance.of("check." + h.kind(), "1", scope.dataset().fingerprints(), null);
            results.add(new CheckResult(h.id(), h.kind(), h.target(), h.level(), status, v.measured(),
                    v.threshold(), v.message(), examples, p, h.origin().location()));
        }
        return results;
    }

    private static List<Map<String, Object>> examples(Connection conn, Optional<String> query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(query.get())) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), plain(rs.getObject(i)));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fetching example rows failed: " + SqlErrors.firstLine(e), e);
        }
        return rows;
    }

    /** JDBC values as report-friendly JSON values: numbers, booleans, strings, null. */
    private static Object plain(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return v.toString();
    }
}
