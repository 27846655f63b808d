package io.mlgate.engine.drift.data;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a drift comparison as measured: where the data was, its rows, its columns in order (including those
 * measured only for their statistics) and the fingerprints of its files.
 *
 * @param measured  when the statistics were computed
 * @param storedAt  the saved reference file it was read from, if it was not measured in this run
 */
public record MeasuredDataset(String location, long rows, Map<String, String> fingerprints, List<MeasuredColumn> columns,
                              Instant measured, String engineVersion, Optional<Path> storedAt) {
    public MeasuredDataset {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(storedAt, "storedAt");
        fingerprints = Map.copyOf(fingerprints);
        columns = List.copyOf(columns);
    }

    public Optional<MeasuredColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(MeasuredColumn::name).toList();
    }
}
