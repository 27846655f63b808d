package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.EngineClock;
import io.mlgate.engine.io.JsonText;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Wall-clock and CPU time (of the calling thread) of the consecutive phases of one run, for progress and reports. */
final class Phases {
    /** One phase: its name, wall-clock and CPU milliseconds. */
    record Phase(String name, long wallMillis, long cpuMillis) {
    }

    private final List<Phase> done = new ArrayList<>();
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

    List<Phase> phases() {
        return List.copyOf(done);
    }

    long totalWallMillis() {
        return last.since(first).wallMillis();
    }

    long totalCpuMillis() {
        return last.since(first).threadCpuMillis();
    }

    /** {@code {"total": {...}, "phases": [{"phase", "wall_ms", "cpu_ms"}...]}}. */
    ObjectNode json() {
        ObjectNode o = JsonText.NODES.objectNode();
        o.put("wall_ms", totalWallMillis());
        o.put("cpu_ms", totalCpuMillis());
        var arr = o.putArray("phases");
        done.forEach(p -> arr.addObject().put("phase", p.name()).put("wall_ms", p.wallMillis()).put("cpu_ms", p.cpuMillis()));
        return o;
    }

    /** E.g. {@code engine 412 ms, 380 ms of CPU: model 120/110, history 20/18, ...}. */
    @Override
    public String toString() {
        return "engine " + totalWallMillis() + " ms, " + totalCpuMillis() + " ms of CPU: " + done.stream()
                .map(p -> p.name() + " " + p.wallMillis() + "/" + p.cpuMillis()).collect(Collectors.joining(", "))
                + " ms wall/CPU";
    }
}
