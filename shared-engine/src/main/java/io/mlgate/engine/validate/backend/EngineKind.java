package io.mlgate.engine.validate.backend;

import java.util.Locale;

/** The scan engines a data command can run on. */
public enum EngineKind {
    /** Embedded DuckDB, in the CLI jar; the default. */
    DUCKDB,
    /** Apache Spark, in the spark-backend jar run with {@code spark-submit}. */
    SPARK;

    /** The spelling on the command line, e.g. {@code spark}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
