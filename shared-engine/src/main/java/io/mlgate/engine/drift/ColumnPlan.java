package io.mlgate.engine.drift;

import io.mlgate.engine.api.Level;

import java.util.Objects;

/**
 * How one column is judged: its role, how it is compared, the test, the threshold and the level of its check.
 *
 * @param automatic whether the test was chosen automatically (by kind and sample size) rather than by the policy
 */
public record ColumnPlan(String column, ColumnRole role, ColumnKind kind, DriftTest test, double threshold, Level level,
                         boolean automatic) {
    public ColumnPlan {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(level, "level");
        if (!test.supports(kind)) {
            throw new IllegalArgumentException(test + " does not apply to " + kind + " columns");
        }
    }

    /** The check id: {@code drift:<column>}, or {@code target_drift:<column>}, {@code prediction_drift:<column>}. */
    public String checkId() {
        return role.checkKind() + ":" + column;
    }
}
