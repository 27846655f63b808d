package io.mlgate.engine.validate.run;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.validate.anomaly.HistoryEntry;
import io.mlgate.engine.validate.anomaly.MetricFunction;
import io.mlgate.engine.validate.anomaly.MetricName;
import io.mlgate.engine.validate.anomaly.MetricsHistory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Appends a run's metrics to the history: {@code row_count} and, for every column, each {@link MetricFunction}
 * the profile has (completeness, distinct, mean, …), so that anomaly checks added later already have a past.
 */
final class HistoryRecorder {
    private HistoryRecorder() {
    }

    static Path record(Path dir, Map<String, String> tags, DatasetProfile profile, Instant time) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(new MetricName(MetricFunction.ROW_COUNT, null).toString(), (double) profile.rowCount());
        for (ColumnProfile c : profile.columns()) {
            for (MetricFunction f : MetricFunction.values()) {
                if (f.needsColumn()) {
                    f.fromProfile(c).ifPresent(v -> metrics.put(new MetricName(f, c.name()).toString(), v));
                }
            }
        }
        return new MetricsHistory(dir, tags).append(new HistoryEntry(time, tags, profile.location(), metrics));
    }
}
