package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** One gate of {@code model.test.gates}: its id, level and where it was written, and what it judges. */
public sealed interface GateSpec {
    String id();

    Level level();

    Origin origin();

    GateKind kind();

    /** What is judged, for the check's target: a metric, an attribute, a perturbation. */
    String target();

    /** A gate on one of the model's metrics. */
    sealed interface OnMetric extends GateSpec {
        MetricRef metric();

        @Override
        default String target() {
            return metric().toString();
        }
    }

    /** {@code min} and/or {@code max} on a value. */
    record Range(OptionalDouble min, OptionalDouble max) {
        public Range {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
        }

        public boolean holds(double v) {
            return (min.isEmpty() || v >= min.getAsDouble()) && (max.isEmpty() || v <= max.getAsDouble());
        }
    }

    /** {@code metric} against {@code min} and/or {@code max}, judged on the value or an interval end. */
    record Threshold(String id, Level level, Origin origin, MetricRef metric, Range range, Bound bound)
            implements OnMetric {
        public Threshold {
            Objects.requireNonNull(bound, "bound");
        }

        @Override
        public GateKind kind() {
            return GateKind.THRESHOLD;
        }
    }

    /** {@code metric} may be worse than the baseline's by at most {@code maxWorse} and/or {@code maxWorseRelative}. */
    record Change(String id, Level level, Origin origin, MetricRef metric, OptionalDouble maxWorse,
                  OptionalDouble maxWorseRelative) implements OnMetric {
        @Override
        public GateKind kind() {
            return GateKind.CHANGE;
        }
    }

    /** The challenger is not worse than the champion by more than {@code margin}, at one-sided {@code confidence}. */
    record Challenger(String id, Level level, Origin origin, MetricRef metric, double margin, ChallengerMethod method,
                      double confidence) implements OnMetric {
        @Override
        public GateKind kind() {
            return GateKind.CHALLENGER;
        }
    }

    /** {@code metric} on the worst slice with enough rows. */
    record Slice(String id, Level level, Origin origin, MetricRef metric, Range range) implements OnMetric {
        @Override
        public GateKind kind() {
            return GateKind.SLICE;
        }
    }

    /** A fairness metric of one sensitive column (or the worst of them), judged on the value or an interval end. */
    record Fairness(String id, Level level, Origin origin, FairnessMetric metric, Optional<String> attribute,
                    Range range, Bound bound) implements GateSpec {
        @Override
        public GateKind kind() {
            return GateKind.FAIRNESS;
        }

        @Override
        public String target() {
            return metric.yamlName() + attribute.map(a -> ":" + a).orElse("");
        }
    }

    /** The share of changed predictions under one perturbation (or the worst of them). */
    record Robustness(String id, Level level, Origin origin, Optional<Perturbation> perturbation, double max)
            implements GateSpec {
        @Override
        public GateKind kind() {
            return GateKind.ROBUSTNESS;
        }

        @Override
        public String target() {
            return perturbation.map(Perturbation::yamlName).orElse("every perturbation");
        }
    }

    /** A latency measure against bounds. */
    record Latency(String id, Level level, Origin origin, LatencyMetric metric, Range range) implements GateSpec {
        @Override
        public GateKind kind() {
            return GateKind.LATENCY;
        }

        @Override
        public String target() {
            return metric.yamlName();
        }
    }
}
