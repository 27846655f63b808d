package io.mlgate.engine.drift;

import java.util.List;

/**
 * Every column's result and the dataset verdict.
 *
 * @param correction the correction applied to the feature columns' p-values ({@code NONE} when the policy says so
 *                   or when fewer than two feature columns used a p-value test)
 * @param pValueTests how many feature columns used a p-value test
 * @param skipped    columns not tested, with the reason
 */
public record DriftOutcome(List<ColumnResult> columns, DatasetVerdict dataset, Correction correction, int pValueTests,
                           List<Skipped> skipped) {
    public DriftOutcome {
        columns = List.copyOf(columns);
        skipped = List.copyOf(skipped);
    }

    /** A column left out, and why. */
    public record Skipped(String column, String reason) {
    }
}
