package io.mlgate.engine.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;

/** Text forms of the numbers and values that reports show to people; the JSON report keeps raw values instead. */
public final class ReportValues {
    private static final MathContext SIGNIFICANT = new MathContext(6);

    private ReportValues() {
    }

    /** A measured value or example cell: numbers compactly, {@code null} as the given placeholder. */
    static String format(Object value, String nullText) {
        if (value == null) {
            return nullText;
        }
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal big) {
            return big.round(SIGNIFICANT).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** A double with at most six significant digits and no trailing zeros; NaN and infinities spelled out. */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal rounded = new BigDecimal(d).round(SIGNIFICANT).stripTrailingZeros();
        int magnitude = rounded.precision() - rounded.scale();
        return magnitude > 12 || magnitude < -5 ? rounded.toString() : rounded.toPlainString();
    }

    /** A short axis label: 12.3k, 4.5M, 0.0012, -3. */
    public static String compact(double d) {
        double abs = Math.abs(d);
        if (abs >= 1e9) {
            return trim(d / 1e9) + "G";
        }
        if (abs >= 1e6) {
            return trim(d / 1e6) + "M";
        }
        if (abs >= 1e4) {
            return trim(d / 1e3) + "k";
        }
        return trim(d);
    }

    private static String trim(double d) {
        return new BigDecimal(d).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage with one decimal: {@code 12.5%}. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A duration for people: {@code 840 ms}, {@code 3.2 s}, {@code 2 min 5 s}. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
    }

    /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }
}
