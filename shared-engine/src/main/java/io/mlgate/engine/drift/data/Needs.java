package io.mlgate.engine.drift.data;

import io.mlgate.engine.data.ColumnInfo;

/**
 * Which counts the drift plan needs of a reference column, decided from its scan-A statistics: a grid (numeric
 * tests), value counts (categorical tests), both, or neither (the column is skipped).
 */
@FunctionalInterface
public interface Needs {

    /** What to count for one column. */
    record Counts(boolean grid, boolean categories) {
        public static final Counts NONE = new Counts(false, false);
    }

    Counts of(ColumnInfo column, ColumnStats stats);
}
