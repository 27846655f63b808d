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
 * @param sections  capability-specific parts (drift tables, model metrics, …), possibly empty
 */
public record GateReport(
        String command,
        String title,
        Status status,
        List<CheckResult> checks,
        List<DatasetProfile> profiles,
        Instant started,
        Duration elapsed,
        Provenance provenance,
        List<ReportSection> sections) {

    /** A report with checks and profiles only. */
    public GateReport(String command, String title, Status status, List<CheckResult> checks,
                      List<DatasetProfile> profiles, Instant started, Duration elapsed, Provenance provenance) {
        this(command, title, status, checks, profiles, started, elapsed, provenance, List.of());
    }

    public GateReport {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(provenance, "provenance");
        checks = List.copyOf(checks);
        profiles = List.copyOf(profiles);
        sections = List.copyOf(sections);
    }

    /** Number of checks with the given status. */
    public long count(Status s) {
        return checks.stream().filter(c -> c.status() == s).count();
    }
}
