package io.mlgate.engine.train;

import io.mlgate.engine.config.YScalar;

import java.util.List;
import java.util.Objects;

/**
 * One hyperparameter: its name in {@code model.train.params}, its type, default and allowed range or values.
 *
 * @param min     smallest allowed value (numbers)
 * @param max     largest allowed value (numbers)
 * @param choices allowed values (choices); empty for numbers
 */
public record Param(String name, Type type, Object fallback, double min, double max, List<String> choices) {
    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fallback, "fallback");
        choices = List.copyOf(choices);
    }

    /** Kinds of hyperparameter value. */
    public enum Type { INT, DOUBLE, CHOICE }

    static Param integer(String name, int fallback, int min, int max) {
        return new Param(name, Type.INT, fallback, min, max, List.of());
    }

    static Param number(String name, double fallback, double min, double max) {
        return new Param(name, Type.DOUBLE, fallback, min, max, List.of());
    }

    static Param choice(String name, String fallback, String... choices) {
        return new Param(name, Type.CHOICE, fallback, 0, 0, List.of(choices));
    }

    /** The value written in policy, checked against type and range; the error names file, line and the allowed range. */
    Object read(YScalar s) {
        return switch (type) {
            case INT -> {
                long v = s.asLong();
                if (v < min || v > max) {
                    throw s.error("expected a whole number from " + (long) min + " to " + (long) max + ", got " + v);
                }
                yield (int) v;
            }
            case DOUBLE -> {
                double v = s.asDouble();
                if (v < min || v > max) {
                    throw s.error("expected a number from " + min + " to " + max + ", got " + s.text());
                }
                yield v;
            }
            case CHOICE -> {
                String v = s.asNonEmptyString().trim();
                if (!choices.contains(v)) {
                    throw s.error("expected one of " + String.join(", ", choices) + "; got '" + v + "'");
                }
                yield v;
            }
        };
    }
}
