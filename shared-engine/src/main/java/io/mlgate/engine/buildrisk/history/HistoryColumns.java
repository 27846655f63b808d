package io.mlgate.engine.buildrisk.history;

import java.util.List;

/** The columns of a history file (CSV header or JSON-lines keys), in the order the canonical file writes them. */
public final class HistoryColumns {
    public static final String ID = "id";
    public static final String COMMIT = "commit";
    public static final String BRANCH = "branch";
    public static final String STATUS = "status";
    public static final String STARTED_AT = "started_at";
    public static final String DURATION = "duration";
    public static final String PULL_REQUEST = "pull_request";
    public static final String EVENT = "event";
    /** The risk predict gave the build (optional; the canonical file writes it only when some build has one). */
    public static final String RISK = "risk";

    /** Every column must be present (values may be empty where optional). */
    public static final List<String> REQUIRED = List.of(ID, COMMIT, BRANCH, STATUS, STARTED_AT);
    /** The canonical file's columns when no build has a recorded risk. */
    public static final List<String> WITHOUT_RISK = List.of(ID, COMMIT, BRANCH, STATUS, STARTED_AT, DURATION,
            PULL_REQUEST, EVENT);
    public static final List<String> ALL = List.of(ID, COMMIT, BRANCH, STATUS, STARTED_AT, DURATION, PULL_REQUEST,
            EVENT, RISK);

    private HistoryColumns() {
    }
}
