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

    /** A fraction as a percentage with two decimals, e.g. {@code 99.25%}. */
    public static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.2f%%", fraction * 100);
    }

    /** A SQL numeric literal. */
    public static String sql(double v) {
        return format(v);
    }
}
