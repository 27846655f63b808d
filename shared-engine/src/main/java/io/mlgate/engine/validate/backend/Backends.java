package io.mlgate.engine.validate.backend;

import io.mlgate.engine.api.BadInputException;

import java.util.ServiceLoader;

/**
 * Opens the engine a command asked for: embedded DuckDB directly, other engines through their
 * {@link BackendProvider} on the class path. The plain CLI jar carries no Spark, so {@code --engine spark} there is
 * bad usage whose message says how to run on Spark instead.
 */
public final class Backends {
    /** How users run mlgate on Spark; see docs/spark.md. */
    public static final String SPARK_SUBMIT = "spark-submit --class io.mlgate.spark.SparkMain mlgate-spark.jar data validate ...";

    private Backends() {
    }

    public static Backend open(BackendSettings settings) {
        if (settings.kind() == EngineKind.DUCKDB) {
            return new DuckDbBackend();
        }
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
            if (p.kind() == settings.kind()) {
                return p.open(settings);
            }
        }
        throw new BadInputException("--engine " + settings.kind().cliName() + " is not in this jar, which runs the "
                + "embedded duckdb engine only; run on Spark with the spark-backend jar: " + SPARK_SUBMIT
                + " (see docs/spark.md)");
    }
}
