package io.mlgate.cli;

/**
 * Start-up work of DuckDB's JDBC driver that a command line does not need. The driver (2.0.0.1) registers a JDK Flight
 * Recorder periodic event for DuckDB's memory use when its driver class initialises; that starts JFR's Java side in
 * every JVM that opens a connection (about a hundred classes, event classes generated with ASM): 0.4-0.5 CPU seconds
 * and 0.3-0.7 s before the first query on our build machine, for events that are only ever seen by a JFR recording.
 * The CLI skips that registration unless {@code MLGATE_DUCKDB_JFR=1} is set (for profiling mlgate with JFR and
 * DuckDB's memory events). Nothing else changes; with another driver version that has no such monitor this does
 * nothing.
 */
final class DuckDbStartup {
    private DuckDbStartup() {
    }

    /** Marks the driver's JFR memory monitor as already registered, before the driver initialises. */
    static void skipJfrMemoryMonitor() {
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
