package io.mlgate.engine.api;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The CPU clocks read from /proc agree with the JVM's management beans, which they replace on Linux. */
class EngineClockTest {
    /** One scheduler tick at the slowest common rate (100 Hz) and some slack for the reads in between. */
    private static final long TOLERANCE_NANOS = 20_000_000L;
    private static final long TICK_NANOS = 10_000_000L;

    @Test
    void threadCpuAgreesWithThreadMXBean() {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/schedstat")), "no /proc/thread-self here");
        burn(200);
        long proc = ProcCpu.threadNanos();
        long jmx = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long clock = EngineClock.threadCpuNanos();
        assertThat(proc).isPositive();
        assertThat(proc).isCloseTo(jmx, org.assertj.core.data.Offset.offset(TOLERANCE_NANOS));
        assertThat(clock).isGreaterThanOrEqualTo(proc).isCloseTo(jmx, org.assertj.core.data.Offset.offset(TOLERANCE_NANOS));
    }

    @Test
    void threadCpuCountsThisThreadOnly() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/thread-self/schedstat")), "no /proc/thread-self here");
        long before = EngineClock.threadCpuNanos();
        Thread other = new Thread(() -> burn(200));
        other.start();
        other.join();
        // 200 ms burnt on another thread; this one only waited
        assertThat(EngineClock.threadCpuNanos() - before).isLessThan(50_000_000L);
        long start = EngineClock.threadCpuNanos();
        burn(100);
        assertThat(EngineClock.threadCpuNanos() - start).isGreaterThan(50_000_000L);
    }

    @Test
    void processCpuAgreesWithOperatingSystemMXBean() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "no /proc here");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        burn(200);
        // the same counters (in 10 ms ticks), read before and after the bean's: other threads run in between
        long before = ProcCpu.processNanos();
        long jmx = os.getProcessCpuTime();
        long after = ProcCpu.processNanos();
        assertThat(before).isPositive();
        assertThat(jmx).isBetween(before - TICK_NANOS, after + TICK_NANOS);
    }

    @Test
    void statLineIsReadAfterTheCommandName() {
        // a command name with spaces and parentheses; utime 250 and stime 50 ticks
        String line = "4242 (a) b (c) R 1 4242 4242 0 -1 4194560 1000 0 0 0 250 50 0 0 20 0 7 0 123 456 789\n";
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        assertThat(ProcCpu.statCpuNanos(b, b.length)).isEqualTo(3_000_000_000L);
        byte[] cut = "4242 (a) R 1 2".getBytes(StandardCharsets.US_ASCII);
        assertThat(ProcCpu.statCpuNanos(cut, cut.length)).isEqualTo(-1);
        assertThat(ProcCpu.statCpuNanos(new byte[8], -1)).isEqualTo(-1);
    }

    @Test
    void elapsedCpuNeverRunsBackwards() {
        EngineClock.Mark start = EngineClock.now();
        for (int i = 0; i < 1000; i++) {
            EngineClock.Mark m = EngineClock.now().since(start);
            assertThat(m.threadCpuNanos()).isNotNegative();
            assertThat(m.processCpuNanos()).isNotNegative();
        }
    }

    /** Uses {@code millis} of this thread's CPU (by the JVM's count: on a busy machine wall time says little). */
    private static void burn(long millis) {
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long until = t.getCurrentThreadCpuTime() + millis * 1_000_000L;
        long x = 0;
        while (t.getCurrentThreadCpuTime() < until) {
            x += Long.numberOfTrailingZeros(x + 1);
        }
        assertThat(x).isNotNegative();
    }
}
