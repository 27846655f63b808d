package io.mlgate.engine.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Profile of one dataset: where it came from, its row count, and one {@link ColumnProfile} per column in order. */
public record DatasetProfile(String name, String location, long rowCount, List<ColumnProfile> columns,
                             Provenance provenance) {
    public DatasetProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(provenance, "provenance");
        columns = List.copyOf(columns);
    }

    public Optional<ColumnProfile> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
