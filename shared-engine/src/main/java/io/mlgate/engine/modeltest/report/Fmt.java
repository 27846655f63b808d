package io.mlgate.engine.modeltest.report;

import io.mlgate.engine.modeltest.metrics.MetricValue;
import io.mlgate.engine.report.ReportValues;

/** Metric numbers as people read them: four significant digits, an em dash for undefined. */
final class Fmt {
    private Fmt() {
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (v == 0 || Double.isInfinite(v)) {
            return ReportValues.number(v);
        }
        return ReportValues.number(new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue());
    }

    static String signed(double v) {
        return Double.isNaN(v) ? "—" : (v > 0 ? "+" : "") + num(v);
    }

    static String interval(MetricValue m) {
        return m.hasInterval() ? "[" + num(m.lower()) + ", " + num(m.upper()) + "]" : "—";
    }

    static String signedInterval(MetricValue m) {
        return m.hasInterval() ? "[" + signed(m.lower()) + ", " + signed(m.upper()) + "]" : "—";
    }
}
