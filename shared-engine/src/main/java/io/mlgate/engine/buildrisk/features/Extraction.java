package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Features of every completed build whose commit the repository has, in history order, and what was left out.
 *
 * @param features  one per usable build
 * @param missing   completed builds whose commit the repository does not have (reported, skipped)
 * @param canceled  canceled builds (never featured)
 * @param elapsed   wall-clock time the extraction took
 * @param cpu       CPU time of the extracting threads (what the work costs on a machine nobody else is using)
 * @param replay    where the replay stood after the last build, for {@code predict} to resume from
 */
public record Extraction(List<BuildFeatures> features, List<Build> missing, int canceled, Duration elapsed,
                         Duration cpu, ReplayState replay) {
    public Extraction {
        features = List.copyOf(features);
        missing = List.copyOf(missing);
        Objects.requireNonNull(replay, "replay");
    }

    /** Completed builds looked at (featured or missing) per second of extraction. */
    public double buildsPerSecond() {
        return (features.size() + missing.size()) / (Math.max(elapsed.toNanos(), 1) / 1e9);
    }

    /** Completed builds looked at per second of the extracting thread's CPU time. */
    public double buildsPerCpuSecond() {
        return (features.size() + missing.size()) / (Math.max(cpu.toNanos(), 1) / 1e9);
    }
}
