package io.mlgate.engine.api;

import java.util.Collection;

/**
 * Outcome of one check or of a whole gate. Declared from best to worst: the gate's status is the worst of its checks.
 * {@code NO_DATA} means the check could not judge (for example no history yet); it is better than a warning and
 * never counts as a pass in reports.
 */
public enum Status {
    PASS, NO_DATA, WARN, FAIL, ERROR;

    /** The worse of the two. */
    public Status worse(Status other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The worst status among {@code statuses}; {@code NO_DATA} when there are none. */
    public static Status worstOf(Collection<Status> statuses) {
        if (statuses.isEmpty()) {
            return NO_DATA;
        }
        Status worst = PASS;
        for (Status s : statuses) {
            worst = worst.worse(s);
        }
        return worst;
    }
}
