package io.mlgate.engine.buildrisk.history;

import java.util.List;
import java.util.Map;

/**
 * What an import read: the builds, oldest first, and how many entries it left out and why (still running, no git
 * revision recorded, ...).
 */
public record ImportResult(String source, List<Build> builds, Map<String, Integer> skipped) {
    public ImportResult {
        builds = List.copyOf(builds);
        skipped = Map.copyOf(skipped);
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
