package io.mlgate.engine.api;

import java.io.FileInputStream;
import java.io.IOException;

/**
 * CPU time read from Linux's {@code /proc}: a file read each, where the JVM's management beans cost about 20 ms of
 * start-up (JMX, the management libraries and, for the process, the cgroup metrics) in every short CLI run. Each
 * method returns -1 where the file cannot be read or parsed (not Linux, no {@code /proc}, a kernel without the
 * field), and {@link EngineClock} then asks the JVM.
 */
final class ProcCpu {
    /** {@code /proc/self/stat}'s {@code utime} and {@code stime} are in {@code USER_HZ} ticks: 100 a second on every
     *  architecture the JDK runs Linux on (alpha, the exception, has no JDK 17). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcCpu() {
    }

    /**
     * The calling thread's CPU time in nanoseconds: the first field of {@code /proc/thread-self/schedstat}, the
     * scheduler's {@code sum_exec_runtime} (what {@code CLOCK_THREAD_CPUTIME_ID} and so {@code ThreadMXBean} report,
     * less at most one scheduler tick not yet accounted to a running thread); -1 when unknown. A kernel built
     * without scheduler statistics prints zeros, which a running thread cannot have used: also -1.
     */
    static long threadNanos() {
        byte[] b = new byte[64];
        int n = read("/proc/thread-self/schedstat", b);
        long v = n > 0 ? number(b, 0, n) : -1;
        return v > 0 ? v : -1;
    }

    /**
     * The process's CPU time (user and system, all threads, living and ended) in nanoseconds, from
     * {@code /proc/self/stat}'s {@code utime} and {@code stime}, at the ticks' resolution of 10 ms like the JVM's
     * {@code getProcessCpuTime()}, which reads the same counters; -1 when unknown.
     */
    static long processNanos() {
        byte[] b = new byte[1024];
        return statCpuNanos(b, read("/proc/self/stat", b));
    }

    /** utime + stime in nanoseconds from the first {@code n} bytes of a {@code stat} file's line; -1 if malformed. */
    static long statCpuNanos(byte[] b, int n) {
        // "pid (comm) state ppid ...": the command name may hold spaces and parentheses, so count from the last ')'
        int i = n;
        while (--i >= 0 && b[i] != ')') {
            // back to the end of the command name
        }
        if (i < 0) {
            return -1;
        }
        // after ')' come field 3 (state) on; utime and stime are fields 14 and 15
        int field = 2;
        long utime = -1;
        long stime = -1;
        for (int p = i + 1; p < n && stime < 0; p++) {
            if (b[p] == ' ') {
                field++;
                if (field == 14) {
                    utime = number(b, p + 1, n);
                } else if (field == 15) {
                    stime = number(b, p + 1, n);
                }
            }
        }
        return utime < 0 || stime < 0 ? -1 : (utime + stime) * NANOS_PER_TICK;
    }

    /** The decimal number at {@code from} (ending at a non-digit), or -1 when there is none. */
    private static long number(byte[] b, int from, int end) {
        long v = 0;
        int p = from;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            v = v * 10 + (b[p] - '0');
            p++;
        }
        return p == from ? -1 : v;
    }

    /** Reads the file into {@code b} (all of it, or as much as fits); the bytes read, or -1 when it cannot. */
    private static int read(String file, byte[] b) {
        try (FileInputStream in = new FileInputStream(file)) {
            int n = 0;
            int r;
            while (n < b.length && (r = in.read(b, n, b.length - n)) > 0) {
                n += r;
            }
            return n;
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }
}
