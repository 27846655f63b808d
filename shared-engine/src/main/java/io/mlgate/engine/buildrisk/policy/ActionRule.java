package io.mlgate.engine.buildrisk.policy;

import java.util.Objects;

/** A risk at or above {@code min} calls for {@code action}. */
public record ActionRule(double min, RiskAction action) {
    public ActionRule {
        Objects.requireNonNull(action, "action");
        if (!(min >= 0 && min <= 1)) {
            throw new IllegalArgumentException("min must be a probability between 0 and 1, got " + min);
        }
    }

    /** How the rule reads in reports: {@code >= 0.60: run_full_suite}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, ">= %.2f: %s", min, action.id());
    }
}
