package io.mlgate.engine.drift;

import io.mlgate.engine.api.Status;
import io.mlgate.engine.drift.data.MeasuredColumn;
import io.mlgate.engine.drift.stats.ChiSquare;
import io.mlgate.engine.drift.stats.Hellinger;
import io.mlgate.engine.drift.stats.JensenShannon;
import io.mlgate.engine.drift.stats.KolmogorovSmirnov;
import io.mlgate.engine.drift.stats.PopulationStability;
import io.mlgate.engine.drift.stats.TestOutcome;
import io.mlgate.engine.drift.stats.Wasserstein;

import java.util.List;

/**
 * Computes one column's statistic from both sides' counts ({@link #measure}), and turns it into a verdict once the
 * p-values of all columns are corrected ({@link #judge}).
 */
final class ColumnJudge {
    private final int bins;

    /** @param bins quantile bins for the binned tests on numeric columns */
    ColumnJudge(int bins) {
        this.bins = bins;
    }

    /** The statistic, unjudged: {@code drifted} false and status PASS, or NO_DATA when a side has no values. */
    ColumnResult measure(ColumnPlan plan, MeasuredColumn ref, MeasuredColumn cur) {
        if (ref.stats().nonNull() == 0 || cur.stats().nonNull() == 0) {
            String side = ref.stats().nonNull() == 0 ? "reference" : "current data";
            return new ColumnResult(plan, ref.stats(), cur.stats(), null, null, null, null, false, null, false,
                    Status.NO_DATA, "no values in the " + side + " to compare", List.of());
        }
        DriftTest t = plan.test();
        if (plan.kind() == ColumnKind.NUMERIC) {
            NumericComparison n = new NumericComparison(ref.numeric(), cur.numeric(), cur.type());
            List<ChartBin> chart = n.chart(ref.stats(), cur.stats());
            boolean approx = !n.pair().allPoints();
            return switch (t) {
                case KS -> {
                    KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(n.pair());
                    double p = KolmogorovSmirnov.pValue(d.value(), ref.stats().nonNull(), cur.stats().nonNull());
                    yield result(plan, ref, cur, d.value(), p, d.upperBound(), d.upperBound() > d.value(), null, chart);
                }
                case WASSERSTEIN -> result(plan, ref, cur, Wasserstein.normalized(n.pair(), ref.stats().std()), null,
                        null, approx, null, chart);
                default -> binned(plan, ref, cur, n.coarse(bins), null, chart);
            };
        }
        CategoricalComparison c = new CategoricalComparison(ref.categories(), cur.categories());
        return binned(plan, ref, cur, new long[][] {c.reference(), c.current()}, c.newValues(), c.chart());
    }

    private static ColumnResult binned(ColumnPlan plan, MeasuredColumn ref, MeasuredColumn cur, long[][] counts,
                                       Integer newValues, List<ChartBin> chart) {
        long[] r = counts[0];
        long[] c = counts[1];
        return switch (plan.test()) {
            case CHI_SQUARE -> {
                TestOutcome o = ChiSquare.test(r, c);
                yield result(plan, ref, cur, o.statistic(), o.pValue(), null, false, newValues, chart);
            }
            case PSI -> result(plan, ref, cur, PopulationStability.index(r, c), null, null, false, newValues, chart);
            case JENSEN_SHANNON -> result(plan, ref, cur, JensenShannon.distance(r, c), null, null, false, newValues, chart);
            case HELLINGER -> result(plan, ref, cur, Hellinger.distance(r, c), null, null, false, newValues, chart);
            default -> throw new IllegalStateException(plan.test() + " is not a binned test");
        };
    }

    private static ColumnResult result(ColumnPlan plan, MeasuredColumn ref, MeasuredColumn cur, double statistic,
                                       Double p, Double bound, boolean approx, Integer newValues, List<ChartBin> chart) {
        return new ColumnResult(plan, ref.stats(), cur.stats(), statistic, p, p, bound, approx, newValues, false,
                Status.PASS, "", chart);
    }

    /** The verdict on a measured column, given its p-value after correction (ignored for distances). */
    static ColumnResult judge(ColumnResult m, Double adjusted, String correctionNote) {
        if (!m.hasData()) {
            return m;
        }
        ColumnPlan plan = m.plan();
        DriftTest t = plan.test();
        double value = t.isPValue() ? adjusted : m.statistic();
        boolean drifted = t.drifted(value, plan.threshold());
        Status status = drifted ? plan.level().failureStatus() : Status.PASS;
        String message = Messages.column(m, adjusted, correctionNote, drifted);
        return new ColumnResult(plan, m.reference(), m.current(), m.statistic(), m.pValue(),
                t.isPValue() ? adjusted : null, m.upperBound(), m.approximate(), m.newValues(), drifted, status, message,
                m.chart());
    }
}
