package io.mlgate.engine.drift.stats;

import java.util.Arrays;

/**
 * Test helper: two small integer samples counted on unit bins centred on the integers from the smaller minimum to
 * the larger maximum — the grid on which the binned statistics are exact.
 */
final class IntegerGrid {
    private IntegerGrid() {
    }

    static GridPair of(int[] reference, int[] current) {
        int lo = Math.min(Arrays.stream(reference).min().orElseThrow(), Arrays.stream(current).min().orElseThrow());
        int hi = Math.max(Arrays.stream(reference).max().orElseThrow(), Arrays.stream(current).max().orElseThrow());
        int n = hi - lo + 1;
        double[] edges = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            edges[i] = lo - 0.5 + i;
        }
        return new GridPair(edges, cells(reference, lo, n), cells(current, lo, n), GridPair.centres(edges), 0, 0, 0, 0);
    }

    private static long[] cells(int[] values, int lo, int n) {
        long[] cells = new long[n + 2];
        for (int v : values) {
            cells[v - lo + 1]++;
        }
        return cells;
    }
}
