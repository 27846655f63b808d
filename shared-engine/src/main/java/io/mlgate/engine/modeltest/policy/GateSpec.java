package io.mlgate.engine.modeltest.policy;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.config.Origin;

import java.util.Objects;
import java.util.OptionalDouble;

/** One gate of {@code model.test.gates}: its id, level and where it was written, and what it judges. */
public sealed interface GateSpec {
    String id();

    Level level();

    Origin origin();

    MetricRef metric();

    GateKind kind();

    /** {@code metric} against {@code min} and/or {@code max}, judged on the value or an interval end. */
    record Threshold(String id, Level level, Origin origin, MetricRef metric, OptionalDouble min, OptionalDouble max,
                     Bound bound) implements GateSpec {
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
                  OptionalDouble maxWorseRelative) implements GateSpec {
        @Override
        public GateKind kind() {
            return GateKind.CHANGE;
        }
    }

    /** The challenger is not worse than the champion by more than {@code margin}, at one-sided {@code confidence}. */
    record Challenger(String id, Level level, Origin origin, MetricRef metric, double margin, ChallengerMethod method,
                      double confidence) implements GateSpec {
        @Override
        public GateKind kind() {
            return GateKind.CHALLENGER;
        }
    }
}
