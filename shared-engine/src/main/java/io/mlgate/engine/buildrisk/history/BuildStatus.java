package io.mlgate.engine.buildrisk.history;

import java.util.Locale;

/**
 * A build's outcome. {@code FAILED}: the build ran and broke (compilation, tests). {@code ERRORED}: it could not run
 * (setup, dependencies, infrastructure, time-out). {@code CANCELED}: it produced no outcome (stopped, skipped, not
 * built); canceled builds are kept in the history but never trained on, predicted or scored.
 */
public enum BuildStatus {
    PASSED, FAILED, ERRORED, CANCELED;

    /** Failed or errored: what the risk model predicts. */
    public boolean isBroken() {
        return this == FAILED || this == ERRORED;
    }

    /** Whether the build produced an outcome (anything but canceled). */
    public boolean isCompleted() {
        return this != CANCELED;
    }

    /** The spelling in history files: {@code passed}, {@code failed}, {@code errored}, {@code canceled}. */
    public String historyName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
