package io.mlgate.engine.drift.data;

/**
 * Scalar statistics of one column from {@link StatsPass}. Numeric fields are over finite values only and
 * {@code null} when not measured or when the column has none; {@code distinct} is a HyperLogLog estimate, measured
 * for columns that may be categorical.
 *
 * @param rows    rows in the dataset
 * @param nonNull rows with a value (numeric columns: a finite value)
 * @param std     population standard deviation (ddof = 0)
 */
public record ColumnStats(long rows, long nonNull, Long distinct, Double min, Double max, Double mean, Double std) {
    public ColumnStats {
        if (rows < 0 || nonNull < 0 || nonNull > rows) {
            throw new IllegalArgumentException("invalid counts: " + nonNull + " of " + rows);
        }
    }

    public long nulls() {
        return rows - nonNull;
    }
}
