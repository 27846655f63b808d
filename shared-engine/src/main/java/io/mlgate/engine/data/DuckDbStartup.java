package io.mlgate.engine.data;

/**
 * Start-up work of DuckDB's JDBC driver that mlgate does not need. The driver (2.0.0.1) registers a JDK Flight
 * Recorder periodic event for DuckDB's memory use when its driver class initialises; that starts JFR's Java side in
 * every JVM that opens a connection (about a hundred classes, event classes generated with ASM): 0.4-0.5 CPU seconds
 * and 0.3-0.7 s before the first query on our build machine, for events that are only ever seen by a JFR recording.
 * {@link ScanEngine#open} skips that registration, once, just before it loads the driver for the first connection,
 * unless {@code MLGATE_DUCKDB_JFR=1} is set (for profiling mlgate with JFR and DuckDB's memory
 * events). Skipping it initialises the driver's monitor class, which creates a {@code java.util.logging} logger
 * (about 30 ms of {@code LogManager} start): commands that never open DuckDB (help, version, model and build-risk
 * commands) no longer pay it. Nothing else changes; with another driver version that has no such monitor this does
 * nothing.
 */
public final class DuckDbStartup {
    private static boolean done;

    private DuckDbStartup() {
    }

    /**
     * Marks the driver's JFR memory monitor as already registered, the first time it is called; call it before
     * anything in the process loads DuckDB's driver (directly, or through {@code DriverManager}, whose first use
     * loads every driver).
     */
    public static synchronized void skipJfrMemoryMonitor() {
        if (done) {
            return;
        }
        done = true;
        if ("1".equals(System.getenv("MLGATE_DUCKDB_JFR"))) {
            return;
        }
        try {
            // org.duckdb.DuckDBMemoryMonitor.init() returns at once when 'initialized' is set; the class is ours to
            // reach: it is on the class path, in the unnamed module, like this one
            java.lang.reflect.Field f = Class.forName("org.duckdb.DuckDBMemoryMonitor", true,
                    DuckDbStartup.class.getClassLoader()).getDeclaredField("initialized");
            if (f.getType() == boolean.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                f.setBoolean(null, true);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // another driver version: leave it as it is
        }
    }
}
