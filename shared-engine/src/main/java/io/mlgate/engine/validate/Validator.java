package io.mlgate.engine.validate;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs checks on one dataset: verifies each applies (columns exist, types fit), measures all metrics in one scan,
 * judges each check, and fetches up to {@code exampleLimit} offending rows for the checks that did not pass.
 * The same checks run on any engine with a {@link QueryRunner}; the scope's dataset must live in that engine.
 */
public final class Validator {
    private final int exampleLimit;

    public Validator(int exampleLimit) {
        if (exampleLimit < 0) {
            throw new IllegalArgumentException("exampleLimit must be >= 0");
        }
        this.exampleLimit = exampleLimit;
    }

    /** {@link #run(QueryRunner, CheckScope, List)} on embedded DuckDB. */
    public List<CheckResult> run(Connection conn, CheckScope scope, List<Check> checks) {
        return run(new JdbcQueryRunner(conn), scope, checks);
    }

    /** Results in check order. Bad checks fail before any data is scanned. */
    public List<CheckResult> run(QueryRunner runner, CheckScope scope, List<Check> checks) {
        if (runner.dialect() != scope.dialect()) {
            throw new IllegalArgumentException("dataset " + scope.dataset().name() + " is registered in "
                    + scope.dialect().name() + ", not in " + runner.dialect().name());
        }
        for (Check c : checks) {
            c.verify(scope);
        }
        MetricValues values = new ScanPlan(checks, scope).execute(runner);
        List<CheckResult> results = new ArrayList<>();
        for (Check c : checks) {
            Verdict v = c.judge(scope, values);
            Check.CheckHeader h = c.header();
            Status status = v.status(h.level());
            List<Map<String, Object>> examples = status == Status.PASS || exampleLimit == 0
                    ? List.of() : examples(runner, c.examplesQuery(scope, exampleLimit));
            Provenance p = Provenance.of("check." + h.kind(), "1", scope.dataset().fingerprints(), null);
            results.add(new CheckResult(h.id(), h.kind(), h.target(), h.level(), status, v.measured(),
                    v.threshold(), v.message(), examples, p, h.origin().location()));
        }
        return results;
    }

    private static List<Map<String, Object>> examples(QueryRunner runner, Optional<String> query) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            for (Map<String, Object> r : runner.rows(query.get())) {
                Map<String, Object> row = new LinkedHashMap<>();
                r.forEach((k, v) -> row.put(k, plain(v)));
                rows.add(row);
            }
        } catch (QueryException e) {
            throw new IllegalStateException("fetching example rows failed: " + e.getMessage(), e);
        }
        return rows;
    }

    /** Engine values as report-friendly JSON values: numbers, booleans, strings, null. */
    private static Object plain(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return v.toString();
    }
}
