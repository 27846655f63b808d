package io.mlgate.engine.api;

import java.util.Locale;

/** How much a failed check matters: an {@code error} fails the gate, a {@code warn} only warns. */
public enum Level {
    ERROR, WARN;

    /** The status a check of this level gets when its constraint is not met. */
    public Status failureStatus() {
        return this == ERROR ? Status.FAIL : Status.WARN;
    }

    /** The spelling users write in policy files. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
