package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.EngineClock;
import io.mlgate.engine.io.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Wall-clock and CPU time of the consecutive phases of one run (CPU of the calling thread), and the CPU time of work
 * done beside them on other threads, for progress and reports. The total CPU counts both.
 */
final class Phases {
    /** One phase: its name, wall-clock and CPU milliseconds. */
    record Phase(String name, long wallMillis, long cpuMillis) {
    }

    /** Work done on another thread during the phases: its name and CPU milliseconds. */
    record Beside(String name, long cpuMillis) {
    }

    private final List<Phase> done = new ArrayList<>();
    private final List<Beside> beside = new ArrayList<>();
    private final EngineClock.Mark first;
    private EngineClock.Mark last;

    Phases() {
        first = last = EngineClock.now();
    }

    /** Ends the phase running since the last mark (or since this was made). */
    void mark(String name) {
        EngineClock.Mark now = EngineClock.now();
        EngineClock.Mark phase = now.since(last);
        done.add(new Phase(name, phase.wallMillis(), phase.threadCpuMillis()));
        last = now;
    }

    /** Records work another thread did during the phases, {@code cpuNanos} of CPU. */
    void beside(String name, long cpuNanos) {
        beside.add(new Beside(name, cpuNanos / 1_000_000));
    }

    List<Phase> phases() {
        return List.copyOf(done);
    }

    long totalWallMillis() {
        return last.since(first).wallMillis();
    }

    /** CPU of the calling thread through the phases and of the work beside them. */
    long totalCpuMillis() {
        return last.since(first).threadCpuMillis() + besideCpuMillis();
    }

    private long besideCpuMillis() {
        return beside.stream().mapToLong(Beside::cpuMillis).sum();
    }

    /**
     * {@code {"wall_ms", "cpu_ms", "phases": [{"phase", "wall_ms", "cpu_ms"}...], "other_threads": [{"work",
     * "cpu_ms"}...]}}.
     */
    ObjectNode json() {
        ObjectNode o = JsonText.NODES.objectNode();
        o.put("wall_ms", totalWallMillis());
        o.put("cpu_ms", totalCpuMillis());
        var arr = o.putArray("phases");
        done.forEach(p -> arr.addObject().put("phase", p.name()).put("wall_ms", p.wallMillis()).put("cpu_ms", p.cpuMillis()));
        var other = o.putArray("other_threads");
        beside.forEach(b -> other.addObject().put("work", b.name()).put("cpu_ms", b.cpuMillis()));
        return o;
    }

    /**
     * E.g. {@code engine 250 ms, 320 ms of CPU: policy 5/5, history 20/18, ... ms wall/CPU; beside them model 60,
     * change 40 ms of CPU}.
     */
    @Override
    public String toString() {
        return "engine " + totalWallMillis() + " ms, " + totalCpuMillis() + " ms of CPU: " + done.stream()
                .map(p -> p.name() + " " + p.wallMillis() + "/" + p.cpuMillis()).collect(Collectors.joining(", "))
                + " ms wall/CPU" + (beside.isEmpty() ? "" : "; beside them " + beside.stream()
                .map(b -> b.name() + " " + b.cpuMillis()).collect(Collectors.joining(", ")) + " ms of CPU");
    }
}
