package io.mlgate.engine.api;

import java.lang.management.ManagementFactory;

/**
 * Engine time of this process: wall clock, CPU of the calling thread and CPU of the whole process (JIT compiler and
 * garbage collector threads included) since {@link #start()}, which the CLI calls when {@code main} is entered, so
 * that JVM start-up is left out. Without a start, the clock starts when first read. CPU times come from Linux's
 * {@code /proc} ({@link ProcCpu}: no JMX start-up in a short run), elsewhere from the JVM's management beans.
 */
public final class EngineClock {
    /** Whether {@code /proc} answers here; decided once, by reading it. */
    private static final boolean PROC = ProcCpu.threadNanos() > 0 && ProcCpu.processNanos() >= 0;
    private static volatile Mark start;

    /** A reading: nanoseconds of wall clock, this thread's CPU and the process's CPU (-1 where unknown). */
    public record Mark(long wallNanos, long threadCpuNanos, long processCpuNanos) {
        /** The time from {@code earlier} to this reading. */
        public Mark since(Mark earlier) {
            return new Mark(wallNanos - earlier.wallNanos, threadCpuNanos - earlier.threadCpuNanos,
                    processCpuNanos < 0 || earlier.processCpuNanos < 0 ? -1 : processCpuNanos - earlier.processCpuNanos);
        }

        public long wallMillis() {
            return wallNanos / 1_000_000;
        }

        public long threadCpuMillis() {
            return threadCpuNanos / 1_000_000;
        }

        /** Process CPU in milliseconds, or -1 when the JVM does not tell. */
        public long processCpuMillis() {
            return processCpuNanos < 0 ? -1 : processCpuNanos / 1_000_000;
        }
    }

    private EngineClock() {
    }

    /** Starts (or restarts) the clock now. */
    public static void start() {
        start = now();
    }

    /** Time since the clock started. */
    public static Mark elapsed() {
        Mark s = start;
        if (s == null) {
            start();
            s = start;
        }
        return now().since(s);
    }

    /** A reading now (not relative to the start). */
    public static Mark now() {
        return new Mark(System.nanoTime(), threadCpuNanos(), processCpuNanos());
    }

    /** The calling thread's CPU time in nanoseconds, as {@code ThreadMXBean.getCurrentThreadCpuTime()} tells it. */
    public static long threadCpuNanos() {
        long t = PROC ? ProcCpu.threadNanos() : -1;
        return t > 0 ? t : Jmx.threadCpuNanos();
    }

    /** The process's CPU time in nanoseconds (all threads), or -1 where the JVM does not tell. */
    static long processCpuNanos() {
        long p = PROC ? ProcCpu.processNanos() : -1;
        return p >= 0 ? p : Jmx.processCpuNanos();
    }

    /** The management beans, loaded only where {@code /proc} does not answer. */
    private static final class Jmx {
        private Jmx() {
        }

        static long threadCpuNanos() {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        static long processCpuNanos() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
        }
    }
}
