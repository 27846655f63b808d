package io.mlgate.engine.validate.backend;

import java.util.Objects;
import java.util.Optional;

/**
 * Which engine a data command runs on, and how to reach it.
 *
 * @param kind        the engine
 * @param sparkMaster Spark master URL such as {@code local[2]} or {@code yarn}; empty to take spark-submit's
 *                    {@code --master} (Spark only)
 */
public record BackendSettings(EngineKind kind, Optional<String> sparkMaster) {
    public BackendSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sparkMaster, "sparkMaster");
        if (sparkMaster.isPresent() && kind != EngineKind.SPARK) {
            throw new IllegalArgumentException("--spark-master applies only to --engine spark");
        }
        if (sparkMaster.isPresent() && sparkMaster.get().isBlank()) {
            throw new IllegalArgumentException("--spark-master must not be blank");
        }
    }

    /** Embedded DuckDB. */
    public static BackendSettings duckdb() {
        return new BackendSettings(EngineKind.DUCKDB, Optional.empty());
    }

    /** Spark, on {@code master} when given. */
    public static BackendSettings spark(String master) {
        return new BackendSettings(EngineKind.SPARK, Optional.ofNullable(master));
    }
}
