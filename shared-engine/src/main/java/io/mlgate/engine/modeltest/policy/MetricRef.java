package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.modeltest.metrics.MetricId;
import io.mlgate.engine.modeltest.metrics.MetricKind;

import java.util.Objects;
import java.util.Optional;

/** A metric named in policy: its kind and, for per-class metrics, the class. */
public record MetricRef(MetricKind kind, Optional<String> cls) {
    public MetricRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cls, "cls");
    }

    public MetricId id() {
        return new MetricId(kind, cls.orElse(null));
    }

    @Override
    public String toString() {
        return id().toString();
    }
}
