package io.mlgate.engine.modeltest.policy;

import java.util.Locale;

/** The kinds of model gate, written as {@code gate:} in policy. */
public enum GateKind {
    /** A metric against a fixed bound. */
    THRESHOLD,
    /** A metric's change against the baseline (champion) model on the same data. */
    CHANGE,
    /** Statistical non-inferiority of the challenger against the champion. */
    CHALLENGER,
    /** A metric on the worst slice of the test data (model.test.slices). */
    SLICE,
    /** A group-fairness metric over a sensitive column (model.test.fairness). */
    FAIRNESS,
    /** The share of predictions that change under a perturbation (model.test.robustness). */
    ROBUSTNESS,
    /** Per-row prediction latency or throughput (model.test.latency). */
    LATENCY;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
