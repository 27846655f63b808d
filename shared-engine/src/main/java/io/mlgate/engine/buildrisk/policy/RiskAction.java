package io.mlgate.engine.buildrisk.policy;

import io.mlgate.engine.api.Status;

import java.util.Locale;

/**
 * What a pipeline should do about a build's risk. Written in policy in lower case ({@code run_full_suite}).
 * {@code none} passes; {@code notify}, {@code request_review} and {@code run_full_suite} pass with a warning so that
 * the pipeline can act on the named action; {@code block} fails the gate (exit 1).
 */
public enum RiskAction {
    NONE("no action"),
    NOTIFY("notify"),
    REQUEST_REVIEW("request a review"),
    RUN_FULL_SUITE("run the full test suite"),
    BLOCK("block the build");

    private final String words;

    RiskAction(String words) {
        this.words = words;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String words() {
        return words;
    }

    /** The gate status this action gives the {@code predict} report. */
    public Status status() {
        return switch (this) {
            case NONE -> Status.PASS;
            case NOTIFY, REQUEST_REVIEW, RUN_FULL_SUITE -> Status.WARN;
            case BLOCK -> Status.FAIL;
        };
    }
}
