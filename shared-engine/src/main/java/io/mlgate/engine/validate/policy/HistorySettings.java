package io.mlgate.engine.validate.policy;

import java.nio.file.Path;
import java.util.Map;

/** Where the metrics history lives, the tags that select this pipeline's runs, and whether to append this run. */
public record HistorySettings(Path dir, Map<String, String> tags, boolean save) {
    public HistorySettings {
        tags = Map.copyOf(tags);
    }
}
