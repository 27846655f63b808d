package io.mlgate.engine.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A scalar YAML value with its text as written; {@code quoted} when YAML resolved it as a string (quoted, or plain
 * text that is not a number, {@code true} or {@code false}), so {@code "0.5"} is a string and never a number.
 */
public record YScalar(String file, int line, int column, String path, String text, boolean quoted, boolean isNull)
        implements YNode {

    @Override
    public String describe() {
        return isNull ? "null" : "'" + text + "'";
    }

    public String asString() {
        if (isNull) {
            throw error("expected a value, got null");
        }
        return text;
    }

    public String asNonEmptyString() {
        String s = asString();
        if (s.isBlank()) {
            throw error("expected a non-empty value");
        }
        return s;
    }

    public double asDouble() {
        try {
            if (!quoted && !isNull) {
                double d = Double.parseDouble(text.trim());
                if (!Double.isNaN(d)) {
                    return d;
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error("expected a number, got " + describe());
    }

    public double asFraction() {
        double d = asDouble();
        if (d < 0 || d > 1) {
            throw error("expected a fraction between 0 and 1, got " + text);
        }
        return d;
    }

    public long asLong() {
        try {
            if (!quoted && !isNull) {
                return Long.parseLong(text.trim());
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error("expected a whole number, got " + describe());
    }

    public int asPositiveInt() {
        long v = asLong();
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw error("expected a whole number >= 1, got " + text);
        }
        return (int) v;
    }

    /** Strict boolean: only {@code true} or {@code false}. */
    public boolean asBoolean() {
        if (!quoted && ("true".equals(text) || "false".equals(text))) {
            return Boolean.parseBoolean(text);
        }
        throw error("expected one of true, false; got " + describe());
    }

    /** Strict enum parse: the constant whose lower-case name equals the text; the error lists the allowed values. */
    public <E extends Enum<E>> E asEnum(Class<E> type) {
        String want = isNull ? "" : text.trim();
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(want)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw error("expected one of " + allowed + "; got " + describe());
    }
}
