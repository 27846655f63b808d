package io.mlgate.engine.modeltest.metrics;

import java.util.Objects;

/** One measured quantity: a metric, and for per-class metrics the class. Written {@code f1:rain} in reports. */
public record MetricId(MetricKind kind, String cls) {
    public MetricId {
        Objects.requireNonNull(kind, "kind");
        if (kind.perClass() != (cls != null)) {
            throw new IllegalArgumentException(kind.yamlName() + (kind.perClass() ? " needs a class" : " takes no class"));
        }
    }

    public static MetricId of(MetricKind kind) {
        return new MetricId(kind, null);
    }

    @Override
    public String toString() {
        return cls == null ? kind.yamlName() : kind.yamlName() + ":" + cls;
    }
}
