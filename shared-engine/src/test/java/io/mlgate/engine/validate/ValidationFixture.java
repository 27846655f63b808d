package io.mlgate.engine.validate;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YamlTree;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.validate.anomaly.MetricsHistory;
import io.mlgate.engine.validate.policy.CheckReader;
import io.mlgate.testing.Files2;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs checks written as YAML on a small inline CSV dataset, as the CLI would. */
public final class ValidationFixture {
    private final Path dir;
    private final Map<String, Path> others = new HashMap<>();
    private MetricsHistory history;

    public ValidationFixture(Path dir) {
        this.dir = dir;
    }

    public ValidationFixture other(String name, String... csvLines) {
        others.put(name, Files2.write(dir, name + ".csv", csvLines));
        return this;
    }

    public ValidationFixture history(MetricsHistory h) {
        this.history = h;
        return this;
    }

    /** Runs the checks in {@code checksYaml} (a YAML list) on the CSV given as lines. */
    public List<CheckResult> run(String checksYaml, String... csvLines) {
        Path data = Files2.write(dir, "data.csv", csvLines);
        CheckReader reader = new CheckReader(history);
        List<Check> checks = YamlTree.parse("mlgate.yml", "checks:\n" + checksYaml).required("checks").asList()
                .items().stream().map(YNode::asMap).map(reader::read).toList();
        try (ScanEngine engine = ScanEngine.open()) {
            Dataset ds = engine.register("data", DataSource.of(data.toString()));
            Map<String, Dataset> refs = new HashMap<>();
            others.forEach((name, path) -> refs.put(name, engine.register(name, DataSource.of(path.toString()))));
            return new Validator(3).run(engine.connection(), new CheckScope(ds, refs), checks);
        }
    }

    /** The single result of a one-check run. */
    public CheckResult one(String checkYaml, String... csvLines) {
        List<CheckResult> r = run(checkYaml, csvLines);
        if (r.size() != 1) {
            throw new AssertionError("expected one result, got " + r.size());
        }
        return r.get(0);
    }
}
