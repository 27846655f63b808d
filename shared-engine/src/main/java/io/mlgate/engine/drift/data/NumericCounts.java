package io.mlgate.engine.drift.data;

import java.util.Arrays;

/**
 * One dataset's numeric column counted on a {@link Grid}: {@code cells[0]} is the lower tail, {@code cells[1 + k]}
 * bin k, {@code cells[bins + 1]} the upper tail; {@code belowSum} is Σ (lo − x) over the lower tail and
 * {@code aboveSum} Σ (x − hi) over the upper one.
 */
public record NumericCounts(Grid grid, long[] cells, double belowSum, double aboveSum) {
    public NumericCounts {
        if (cells.length != grid.bins() + 2) {
            throw new IllegalArgumentException("a grid of " + grid.bins() + " bins has " + (grid.bins() + 2)
                    + " cells, got " + cells.length);
        }
        cells = cells.clone();
    }

    public long total() {
        return Arrays.stream(cells).sum();
    }

    @Override
    public long[] cells() {
        return cells.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericCounts n && grid.equals(n.grid) && Arrays.equals(cells, n.cells)
                && Double.compare(belowSum, n.belowSum) == 0 && Double.compare(aboveSum, n.aboveSum) == 0;
    }

    @Override
    public int hashCode() {
        return grid.hashCode() * 31 + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "NumericCounts[" + grid + ", " + total() + " values]";
    }
}
