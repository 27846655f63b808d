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
        // as %.2f writes it (half up from the shortest decimal), without the formatter's first-use cost in a
        // prediction (8 ms of a fresh JVM's main thread)
        return ">= " + java.math.BigDecimal.valueOf(min).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                + ": " + action.id();
    }
}
