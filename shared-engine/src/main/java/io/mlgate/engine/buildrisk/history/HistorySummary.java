package io.mlgate.engine.buildrisk.history;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the import and record reports say of a history: its builds per outcome and its first and last build.
 *
 * @param byStatus   builds per status, every status present (zero when none)
 * @param firstBuild the first build's id (empty for an empty history)
 * @param lastBuild  the last build's id (empty for an empty history)
 */
public record HistorySummary(Map<BuildStatus, Integer> byStatus, Optional<String> firstBuild,
                             Optional<String> lastBuild) {
    public HistorySummary {
        EnumMap<BuildStatus, Integer> all = new EnumMap<>(BuildStatus.class);
        for (BuildStatus s : BuildStatus.values()) {
            all.put(s, byStatus.getOrDefault(s, 0));
        }
        byStatus = Collections.unmodifiableMap(all);
    }

    public static HistorySummary of(BuildHistory h) {
        Map<BuildStatus, Integer> m = new EnumMap<>(BuildStatus.class);
        h.builds().forEach(b -> m.merge(b.status(), 1, Integer::sum));
        List<Build> b = h.builds();
        return new HistorySummary(m, b.isEmpty() ? Optional.empty() : Optional.of(b.get(0).id()),
                b.isEmpty() ? Optional.empty() : Optional.of(b.get(b.size() - 1).id()));
    }

    /** How many builds the history holds. */
    public int builds() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }
}
