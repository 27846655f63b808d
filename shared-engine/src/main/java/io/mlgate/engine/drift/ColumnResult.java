package io.mlgate.engine.drift;

import io.mlgate.engine.api.Status;
import io.mlgate.engine.drift.data.ColumnStats;

import java.util.List;
import java.util.Objects;

/**
 * One column's drift result: what was measured and how it was judged.
 *
 * @param statistic      the test's statistic (KS D, χ², or the distance); {@code null} without data
 * @param pValue         the p-value of a p-value test, else {@code null}
 * @param adjustedPValue the p-value after the correction for many columns; equal to {@code pValue} when none
 *                       applies, {@code null} for distances
 * @param upperBound     for KS on a grid, the largest D consistent with the counts (see
 *                       {@link io.mlgate.engine.drift.stats.KolmogorovSmirnov}); else {@code null}
 * @param approximate    whether the statistic was computed from bins that may hold several values
 * @param newValues      for categorical columns, how many values the reference never had
 * @param drifted        the verdict
 * @param status         PASS, the plan's failure status when drifted, NO_DATA without values on a side
 * @param message        one sentence for people
 */
public record ColumnResult(ColumnPlan plan, ColumnStats reference, ColumnStats current, Double statistic,
                           Double pValue, Double adjustedPValue, Double upperBound, boolean approximate,
                           Integer newValues, boolean drifted, Status status, String message, List<ChartBin> chart) {
    public ColumnResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        chart = List.copyOf(chart);
    }

    /** The value judged against the threshold: the adjusted p-value or the distance. */
    public Double judged() {
        return plan.test().isPValue() ? adjustedPValue : statistic;
    }

    public boolean hasData() {
        return status != Status.NO_DATA;
    }
}
