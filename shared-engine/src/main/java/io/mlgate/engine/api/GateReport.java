package io.mlgate.engine.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one command run produced, the single value every report writer and front end reads.
 *
 * @param command   the command that ran, e.g. {@code data validate}
 * @param title     a short title for headings
 * @param status    the gate's verdict: the worst status of its checks
 * @param checks    judged checks, in policy order
 * @param profiles  dataset profiles measured on the way (drawn as charts), possibly empty
 * @param started   when the run started
 * @param elapsed   how long it took
 * @param provenance provenance of the run as a whole (all inputs)
 */
public record GateReport(
        String command,
        String title,
        Status status,
        List<CheckResult> checks,
        List<DatasetProfile> profiles,
        Instant started,
        Duration elapsed,
        Provenance provenance) {

    public GateReport {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(provenance, "provenance");
        checks = List.copyOf(checks);
        profiles = List.copyOf(profiles);
    }

    /** Number of checks with the given status. */
    public long count(Status s) {
        return checks.stream().filter(c -> c.status() == s).count();
    }
}
