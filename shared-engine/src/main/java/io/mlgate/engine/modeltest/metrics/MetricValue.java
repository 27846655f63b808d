package io.mlgate.engine.modeltest.metrics;

import java.util.Objects;

/**
 * A measured metric with its bootstrap interval.
 *
 * @param value the point value, NaN when undefined on this data
 * @param lower lower end of the interval, NaN when none was computed
 * @param upper upper end
 */
public record MetricValue(MetricId id, double value, double lower, double upper) {
    public MetricValue {
        Objects.requireNonNull(id, "id");
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }
}
