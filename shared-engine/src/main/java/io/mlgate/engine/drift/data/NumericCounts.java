package io.mlgate.engine.drift.data;

import java.util.Arrays;

/**
 * One dataset's numeric column counted on a {@link Grid}: {@code cells[0]} is the lower tail, {@code cells[1 + k]}
 * bin k, {@code cells[bins + 1]} the upper tail; {@code belowSum} is Σ (lo − x) over the lower tail and
 * {@code aboveSum} Σ (x − hi) over the upper one. {@code points[k]} is the one value bin k holds when it was found to
 * hold a single value (an atom, see {@link AtomPass}), else NaN.
 */
public record NumericCounts(Grid grid, long[] cells, double belowSum, double aboveSum, double[] points) {
    public NumericCounts {
        if (cells.length != grid.bins() + 2) {
            throw new IllegalArgumentException("a grid of " + grid.bins() + " bins has " + (grid.bins() + 2)
                    + " cells, got " + cells.length);
        }
        cells = cells.clone();
        if (points == null) {
            points = new double[grid.bins()];
            Arrays.fill(points, Double.NaN);
        } else if (points.length != grid.bins()) {
            throw new IllegalArgumentException("need one point (or NaN) per bin");
        }
        points = points.clone();
    }

    /** Counts without known atoms. */
    public NumericCounts(Grid grid, long[] cells, double belowSum, double aboveSum) {
        this(grid, cells, belowSum, aboveSum, null);
    }

    public long total() {
        return Arrays.stream(cells).sum();
    }

    @Override
    public long[] cells() {
        return cells.clone();
    }

    @Override
    public double[] points() {
        return points.clone();
    }

    public NumericCounts withPoints(double[] atoms) {
        return new NumericCounts(grid, cells, belowSum, aboveSum, atoms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericCounts n && grid.equals(n.grid) && Arrays.equals(cells, n.cells)
                && Double.compare(belowSum, n.belowSum) == 0 && Double.compare(aboveSum, n.aboveSum) == 0
                && Arrays.equals(points, n.points);
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
