package io.mlgate.engine.drift.data;

import io.mlgate.engine.api.ColumnType;

import java.util.Objects;
import java.util.Optional;

/**
 * What was measured of one column of one dataset: its statistics and, as the drift plan needed, its counts on a
 * grid ({@code numeric}) and/or its value counts ({@code categories}); either may be {@code null}.
 */
public record MeasuredColumn(String name, ColumnType type, String physicalType, ColumnStats stats,
                             NumericCounts numeric, CategoryCounts categories) {
    public MeasuredColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(physicalType, "physicalType");
        Objects.requireNonNull(stats, "stats");
    }

    public Optional<NumericCounts> numericCounts() {
        return Optional.ofNullable(numeric);
    }

    public Optional<CategoryCounts> categoryCounts() {
        return Optional.ofNullable(categories);
    }
}
