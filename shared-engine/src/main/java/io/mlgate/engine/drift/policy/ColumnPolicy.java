package io.mlgate.engine.drift.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.drift.ColumnKind;
import io.mlgate.engine.drift.DriftTest;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code drift.columns}: the settings that override the defaults for one column. A threshold always
 * comes with its test (checked by the reader), since the automatic test changes with the sample size.
 */
public record ColumnPolicy(NamedColumn column, Optional<DriftTest> test, Optional<Double> threshold,
                           Optional<Level> level, Optional<ColumnKind> kind) {
    public ColumnPolicy {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
    }

    public static ColumnPolicy none(String column) {
        return new ColumnPolicy(new NamedColumn(column, io.mlgate.engine.config.Origin.commandLine(column)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
