package io.mlgate.cli;

import io.mlgate.engine.validate.backend.BackendSettings;
import io.mlgate.engine.validate.backend.EngineKind;
import picocli.CommandLine.Option;

import java.util.Optional;

/**
 * Which engine scans the data. The default is embedded DuckDB; the spark-backend jar's main class sets the system
 * property {@code mlgate.engine} to {@code spark}, which becomes the default there.
 */
public final class EngineMixin {
    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "${sys:mlgate.engine:-duckdb}",
            description = "Scan engine: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). spark runs only from the "
                    + "spark-backend jar with spark-submit (docs/spark.md).")
    EngineKind engine;

    @Option(names = "--spark-master", paramLabel = "URL",
            description = "Spark master URL, e.g. local[4], yarn or spark://host:7077 (default: spark-submit's --master).")
    String sparkMaster;

    BackendSettings toSettings() {
        return new BackendSettings(engine, Optional.ofNullable(sparkMaster));
    }
}
