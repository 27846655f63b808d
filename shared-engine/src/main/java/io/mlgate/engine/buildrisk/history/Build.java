package io.mlgate.engine.buildrisk.history;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One CI build.
 *
 * @param id          the CI system's build id, unique within a history
 * @param commit      the git commit the build ran on: 7 to 64 hex digits, kept in lower case
 * @param branch      the branch pushed to; for a pull-request build, the pull request's target branch
 * @param status      the outcome
 * @param startedAt   when it started, if known
 * @param duration    how long it ran, in whole seconds, if known
 * @param pullRequest the pull request number, for a pull-request build
 * @param event       what triggered it, if known
 * @param risk        the risk {@code predict} gave it before it ran (0 to 1), when the pipeline recorded it
 */
public record Build(String id, String commit, String branch, BuildStatus status, Optional<Instant> startedAt,
                    OptionalLong duration, OptionalInt pullRequest, Optional<BuildEvent> event, OptionalDouble risk) {

    /** A build with no recorded risk. */
    public Build(String id, String commit, String branch, BuildStatus status, Optional<Instant> startedAt,
                 OptionalLong duration, OptionalInt pullRequest, Optional<BuildEvent> event) {
        this(id, commit, branch, status, startedAt, duration, pullRequest, event, OptionalDouble.empty());
    }

    public Build {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(pullRequest, "pullRequest");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(risk, "risk");
        if (id == null || id.isBlank() || id.contains("\n")) {
            throw new IllegalArgumentException("build id must be a non-empty single line, got '" + id + "'");
        }
        commit = Objects.requireNonNull(commit, "commit").trim().toLowerCase(Locale.ROOT);
        if (!isSha(commit)) {
            throw new IllegalArgumentException("commit must be a git sha of 7 to 64 hex digits, got '" + commit + "'");
        }
        if (branch == null || branch.isBlank()) {
            throw new IllegalArgumentException("branch must not be empty");
        }
        if (duration.isPresent() && duration.getAsLong() < 0) {
            throw new IllegalArgumentException("duration must be >= 0 seconds, got " + duration.getAsLong());
        }
        if (pullRequest.isPresent() && pullRequest.getAsInt() < 1) {
            throw new IllegalArgumentException("pull_request must be a number >= 1, got " + pullRequest.getAsInt());
        }
        if (risk.isPresent() && !(risk.getAsDouble() >= 0 && risk.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("risk must be a probability from 0 to 1, got " + risk.getAsDouble());
        }
    }

    /**
     * A recorded risk as written in a history file or on {@code record}'s command line: empty for an empty or blank
     * text, else a probability from 0 to 1.
     *
     * @throws IllegalArgumentException naming what was expected, for anything else
     */
    public static OptionalDouble parseRisk(String text) {
        String v = text.trim();
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && d <= 1) {
                return OptionalDouble.of(d);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("expected the risk predict gave the build, a probability from 0 to 1, or "
                + "nothing; got '" + v + "'");
    }

    /** Whether {@code s} is 7 to 64 lower-case hex digits. */
    private static boolean isSha(String s) {
        if (s.length() < 7 || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** A build of a pull request: it has a pull request number or was triggered by a pull-request event. */
    public boolean isPullRequest() {
        return pullRequest.isPresent() || event.filter(e -> e == BuildEvent.PULL_REQUEST).isPresent();
    }

    /** The same build with another outcome and duration (what {@code record} writes at the end of a pipeline). */
    public Build withOutcome(BuildStatus newStatus, OptionalLong newDuration) {
        return new Build(id, commit, branch, newStatus, startedAt, newDuration, pullRequest, event, risk);
    }

    /** The same build with the risk predict gave it. */
    public Build withRisk(double p) {
        return new Build(id, commit, branch, status, startedAt, duration, pullRequest, event, OptionalDouble.of(p));
    }

    /** This build, keeping {@code earlier}'s recorded risk when it has none of its own (an import does not know it). */
    Build keepingRiskOf(Build earlier) {
        return risk.isPresent() || earlier.risk.isEmpty() ? this : withRisk(earlier.risk.getAsDouble());
    }
}
