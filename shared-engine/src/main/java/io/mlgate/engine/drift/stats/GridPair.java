package io.mlgate.engine.drift.stats;

/**
 * Two samples of a numeric column counted on the same grid: edges e_0 < … < e_n, and per side n + 2 cells — the
 * lower tail (−∞, e_0), the n bins between the edges, the upper tail beyond e_n — with, per side, the sums
 * Σ (e_0 − x) over the lower tail and Σ (x − e_n) over the upper one.
 *
 * @param edges          the n + 1 bin edges, increasing
 * @param reference      reference counts per cell (n + 2)
 * @param current        current counts per cell (n + 2)
 * @param points         per bin, the one value all of that bin's values on both sides equal, or NaN when the bin
 *                       may hold several values: the centres of unit bins of integer data, atoms (a value repeated
 *                       often enough to fill a bin) found by measurement; tails never count as points
 * @param referenceBelow Σ (e_0 − x) over the reference's lower tail
 * @param currentBelow   Σ (e_0 − x) over the current's lower tail
 * @param referenceAbove Σ (x − e_n) over the reference's upper tail
 * @param currentAbove   Σ (x − e_n) over the current's upper tail
 */
public record GridPair(double[] edges, long[] reference, long[] current, double[] points,
                       double referenceBelow, double currentBelow, double referenceAbove, double currentAbove) {
    public GridPair {
        if (edges.length < 2 || reference.length != edges.length + 1 || current.length != edges.length + 1) {
            throw new IllegalArgumentException("a grid of n + 1 edges needs n + 2 cells per side, got " + edges.length
                    + " edges and " + reference.length + "/" + current.length + " cells");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("edges must increase, got " + edges[i - 1] + " then " + edges[i]);
            }
        }
        if (points.length != edges.length - 1) {
            throw new IllegalArgumentException("need one point (or NaN) per bin, got " + points.length);
        }
        for (int k = 0; k < points.length; k++) {
            if (!Double.isNaN(points[k]) && !(points[k] >= edges[k] && points[k] <= edges[k + 1])) {
                throw new IllegalArgumentException("point " + points[k] + " lies outside bin " + k);
            }
        }
        Shares.of(reference);
        Shares.of(current);
    }

    /** The centres of the bins, for grids whose bins each hold one value at the centre. */
    public static double[] centres(double[] edges) {
        double[] c = new double[edges.length - 1];
        for (int k = 0; k < c.length; k++) {
            c[k] = (edges[k] + edges[k + 1]) / 2;
        }
        return c;
    }

    /** No bin known to hold a single value. */
    public static double[] noPoints(double[] edges) {
        double[] c = new double[edges.length - 1];
        java.util.Arrays.fill(c, Double.NaN);
        return c;
    }

    /** Whether every bin holds a single value. */
    public boolean allPoints() {
        return java.util.Arrays.stream(points).noneMatch(Double::isNaN);
    }

    public long referenceTotal() {
        return java.util.Arrays.stream(reference).sum();
    }

    public long currentTotal() {
        return java.util.Arrays.stream(current).sum();
    }

    /** Cumulative shares at each cell boundary: index j is the share of cells 0..j−1 (j = 0 … n + 2). */
    static double[] cumulative(long[] cells) {
        double[] out = new double[cells.length + 1];
        double total = java.util.Arrays.stream(cells).sum();
        long running = 0;
        for (int i = 0; i < cells.length; i++) {
            running += cells[i];
            out[i + 1] = running / total;
        }
        out[cells.length] = 1.0;
        return out;
    }
}
