package io.mlgate.engine.modeltest.policy;

import java.util.Locale;

/** The kinds of model gate, written as {@code gate:} in policy. */
public enum GateKind {
    /** A metric against a fixed bound. */
    THRESHOLD,
    /** A metric's change against the baseline (champion) model on the same data. */
    CHANGE,
    /** Statistical non-inferiority of the challenger against the champion. */
    CHALLENGER;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
