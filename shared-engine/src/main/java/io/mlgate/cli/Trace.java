package io.mlgate.cli;

import io.mlgate.engine.api.EngineClock;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * {@code MLGATE_TRACE=1}: each step of a run on stderr, with the milliseconds since the JVM started, since
 * {@code main} was entered, and of CPU in the thread that took the step since then — to see where a short run
 * spends its time (picocli, the engine call and its progress steps, rendering and writing the reports). Printed
 * with {@code -q} too; without the variable nothing is read or printed.
 */
final class Trace {
    /** On when {@code MLGATE_TRACE=1}; tests switch it. */
    static volatile boolean enabled = "1".equals(System.getenv("MLGATE_TRACE"));

    private Trace() {
    }

    static void mark(PrintStream err, String step) {
        if (enabled) {
            EngineClock.Mark m = EngineClock.elapsed();
            err.println("mlgate: trace " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms since JVM start, "
                    + m.wallMillis() + " ms since main, " + m.threadCpuMillis() + " ms CPU: " + step);
        }
    }
}
