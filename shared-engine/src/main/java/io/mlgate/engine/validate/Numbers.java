package io.mlgate.engine.validate;

import java.math.BigDecimal;

/** Number formatting for messages and SQL: no scientific notation, no trailing zeros, no locale. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A measured value for people: at most six significant digits, so {@code 17.427945205479467} reads {@code 17.4279}. */
    public static String display(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return format(v);
        }
        return format(new BigDecimal(v).round(new java.math.MathContext(6)).doubleValue());
    }

    /** A fraction as a percentage with two decimals, e.g. {@code 99.25%}. */
    public static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** A SQL numeric literal. */
    public static String sql(double v) {
        return format(v);
    }
}
