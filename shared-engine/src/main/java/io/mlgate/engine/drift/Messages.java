package io.mlgate.engine.drift;

import io.mlgate.engine.validate.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;

/** The one-sentence messages of drift checks. */
final class Messages {
    private Messages() {
    }

    static String column(ColumnResult m, Double adjusted, String correctionNote, boolean drifted) {
        ColumnPlan plan = m.plan();
        DriftTest t = plan.test();
        StringBuilder s = new StringBuilder(drifted ? "drift: " : "no drift: ");
        if (t.isPValue()) {
            s.append(t.label()).append(" p-value ").append(num(m.pValue()));
            if (correctionNote != null && !num(adjusted).equals(num(m.pValue()))) {
                s.append(" (").append(correctionNote).append(" ").append(num(adjusted)).append(")");
            }
            s.append(drifted ? " < " : " >= ").append(num(plan.threshold()));
            s.append(", ").append(t == DriftTest.KS ? "D = " : "chi-square = ").append(num(m.statistic()));
        } else {
            s.append(t.label()).append(' ').append(num(m.statistic())).append(drifted ? " >= " : " < ")
                    .append(num(plan.threshold()));
        }
        if (m.newValues() != null && m.newValues() > 0) {
            s.append("; ").append(m.newValues()).append(m.newValues() == 1 ? " value" : " values")
                    .append(" not in the reference");
        }
        return s.toString();
    }

    static String dataset(long drifted, long tested, double share, double threshold, boolean drift) {
        return (drift ? "dataset drift: " : "no dataset drift: ") + drifted + " of " + tested + " feature columns drifted ("
                + Numbers.percent(share) + (drift ? ", at least " : ", below ") + Numbers.percent(threshold) + ")";
    }

    /** Four significant digits, plain notation where reasonable. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return Numbers.format(v);
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(4));
        return Math.abs(v) < 1e-4 || Math.abs(v) >= 1e9 ? b.stripTrailingZeros().toString()
                : b.stripTrailingZeros().toPlainString();
    }
}
