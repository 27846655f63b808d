package io.mlgate.engine.validate.policy;

import io.mlgate.engine.config.YList;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.validate.Check;
import io.mlgate.engine.validate.anomaly.MetricsHistory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code data:} section; relative paths are resolved against the policy file's directory. */
public final class DataPolicyReader {
    private static final Set<String> KEYS = Set.of("input", "schema", "environment", "examples", "history", "datasets",
            "checks");

    private DataPolicyReader() {
    }

    /**
     * @param historyOverride a history directory given on the command line, replacing {@code data.history.dir}
     * @param extraTags       history tags given on the command line, added to {@code data.history.tags}
     */
    public static DataPolicy read(YMap data, Path baseDir, Optional<Path> historyOverride, Map<String, String> extraTags) {
        data.allowOnly(KEYS);
        Optional<DatasetSpec> input = data.optMap("input").map(m -> DatasetSpecReader.read("input", m, baseDir));
        Optional<Path> schema = data.optString("schema").map(baseDir::resolve);
        Optional<String> env = data.optString("environment");
        int examples = data.get("examples").map(n -> {
            long v = n.asScalar().asLong();
            if (v < 0 || v > 1000) {
                throw n.error("expected a number of example rows between 0 and 1000, got " + v);
            }
            return (int) v;
        }).orElse(5);
        Optional<HistorySettings> history = history(data.optMap("history"), baseDir, historyOverride, extraTags);
        Map<String, DatasetSpec> datasets = new LinkedHashMap<>();
        data.optMap("datasets").ifPresent(ds -> ds.entries().forEach(
                (name, node) -> datasets.put(name, DatasetSpecReader.read(name, node.asMap(), baseDir))));
        MetricsHistory mh = history.map(h -> new MetricsHistory(h.dir(), h.tags())).orElse(null);
        List<Check> checks = checks(data.optList("checks"), new CheckReader(mh));
        return new DataPolicy(input, schema, env, examples, history, datasets, checks);
    }

    private static Optional<HistorySettings> history(Optional<YMap> node, Path baseDir, Optional<Path> override,
                                                     Map<String, String> extraTags) {
        if (node.isEmpty()) {
            return override.map(dir -> new HistorySettings(dir, extraTags, true));
        }
        YMap h = node.get().allowOnly(Set.of("dir", "tags", "save"));
        Path dir = override.orElseGet(() -> baseDir.resolve(h.string("dir")));
        Map<String, String> tags = new LinkedHashMap<>();
        h.optMap("tags").ifPresent(t -> t.entries().forEach((k, v) -> tags.put(k, v.asScalar().asNonEmptyString())));
        tags.putAll(extraTags);
        return Optional.of(new HistorySettings(dir, tags, h.boolOr("save", true)));
    }

    private static List<Check> checks(Optional<YList> list, CheckReader reader) {
        List<Check> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (list.isEmpty()) {
            return out;
        }
        for (YNode n : list.get().items()) {
            Check c = reader.read(n.asMap());
            if (!ids.add(c.header().id())) {
                throw n.error("two checks are named '" + c.header().id() + "'; give each a distinct 'name'");
            }
            out.add(c);
        }
        return out;
    }
}
