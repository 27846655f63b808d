package io.mlgate.engine.modeltest.metrics;

import java.util.Arrays;

/**
 * Rows sorted once by one class's score, highest first, with tie groups marked, so that ranking metrics under any
 * row weights are one linear pass. Sorting uses primitive arrays only (rank of each score, then packed
 * {@code rank, row} longs, both sorted on all cores), which keeps a million rows well under a second. Rows already
 * in that order (a model test puts a binary model's rows in descending score order before measuring, so the ranking
 * metrics and the curves find them so) are recognised in one pass and not sorted again.
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
        double[] s = scores(o, cls);
        return descending(s) ? inRowOrder(o, cls, s) : sorted(o, cls, s);
    }

    private static double[] scores(ClassOutcomes o, int cls) {
        int n = o.size();
        int k = o.classCount();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = o.scores()[i * k + cls];
        }
        return s;
    }

    /** Whether no score is above the one before it (in {@link Double#compare} order, as the sort uses). */
    private static boolean descending(double[] s) {
        for (int i = 1; i < s.length; i++) {
            if (Double.compare(s[i - 1], s[i]) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The order of rows already sorted by descending score: the rows themselves, ties in row order as the sort keeps them. */
    private static ScoreOrder inRowOrder(ClassOutcomes o, int cls, double[] s) {
        int n = s.length;
        int[] rows = new int[n];
        boolean[] end = new boolean[n];
        double[] pos = new double[n];
        boolean untied = true;
        for (int i = 0; i < n; i++) {
            rows[i] = i;
            pos[i] = o.truth()[i] == cls ? 1 : 0;
            end[i] = i == n - 1 || Double.compare(s[i], s[i + 1]) != 0;
            untied &= end[i];
        }
        return new ScoreOrder(rows, end, pos, true, untied);
    }

    /** The general case; package-private so that tests can hold the shortcut to it. */
    static ScoreOrder sorted(ClassOutcomes o, int cls) {
        return sorted(o, cls, scores(o, cls));
    }

    private static ScoreOrder sorted(ClassOutcomes o, int cls, double[] s) {
        int n = s.length;
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
