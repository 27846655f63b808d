package io.mlgate.engine.modeltest.metrics;

import java.util.Arrays;

/**
 * Rows sorted once by one class's score, highest first, with tie groups marked, so that ranking metrics under any
 * row weights are one linear pass. Sorting uses primitive arrays only (rank of each score, then packed
 * {@code rank, row} longs, both sorted on all cores), which keeps a million rows well under a second.
 *
 * @param rows       row indices, highest score first (ties in row order)
 * @param groupEnd   whether position i ends a group of equal scores
 * @param positive   1 where the row at position i belongs to the class, else 0, as doubles (branch-free sums
 *                   with no conversion in the loop)
 * @param sequential whether the rows are already in score order (position i is row i), so a pass reads weights
 *                   without indirection
 * @param distinct   whether no two scores tie, so every position ends its own group
 */
record ScoreOrder(int[] rows, boolean[] groupEnd, double[] positive, boolean sequential, boolean distinct) {

    static ScoreOrder of(ClassOutcomes o, int cls) {
        int n = o.size();
        int k = o.classCount();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = o.scores()[i * k + cls];
        }
        double[] distinct = distinct(s);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int rank = Arrays.binarySearch(distinct, s[i]);
            keys[i] = ((long) (distinct.length - 1 - rank) << 32) | i;
        }
        Arrays.parallelSort(keys);
        int[] rows = new int[n];
        boolean[] end = new boolean[n];
        double[] pos = new double[n];
        boolean sequential = true;
        for (int i = 0; i < n; i++) {
            rows[i] = (int) keys[i];
            pos[i] = o.truth()[rows[i]] == cls ? 1 : 0;
            sequential &= rows[i] == i;
        }
        boolean untied = true;
        for (int i = 0; i < n; i++) {
            end[i] = i == n - 1 || (keys[i] >>> 32) != (keys[i + 1] >>> 32);
            untied &= end[i];
        }
        return new ScoreOrder(rows, end, pos, sequential, untied);
    }

    /** The distinct values of {@code s}, ascending. */
    private static double[] distinct(double[] s) {
        double[] sorted = s.clone();
        Arrays.parallelSort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (m == 0 || Double.compare(sorted[m - 1], sorted[i]) != 0) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }
}
