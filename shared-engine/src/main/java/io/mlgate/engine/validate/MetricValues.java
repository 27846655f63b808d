package io.mlgate.engine.validate;

import java.util.Map;

/** The values of the metrics one scan computed. */
public record MetricValues(Map<Metric, Object> values) {

    public Object get(Metric m) {
        if (!values.containsKey(m)) {
            throw new IllegalStateException("metric was not planned: " + m.sql());
        }
        return values.get(m);
    }

    /** The value as a long; SQL NULL counts as 0 (counts are never null). */
    public long count(Metric m) {
        Object v = get(m);
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** The value as a double, or {@code null} when SQL returned NULL. */
    public Double number(Metric m) {
        Object v = get(m);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        throw new IllegalStateException("metric " + m.sql() + " is not numeric: " + v);
    }
}
