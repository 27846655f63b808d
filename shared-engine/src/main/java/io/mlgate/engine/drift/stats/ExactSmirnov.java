package io.mlgate.engine.drift.stats;

import java.util.Arrays;

/**
 * The exact two-sided p-value of the two-sample Kolmogorov–Smirnov statistic, P(D ≥ d), for samples of n and m
 * values from one continuous distribution.
 *
 * <p>Every ordering of the n + m values is a monotone lattice path from (0, 0) to (n, m), all equally likely; D ≥ d
 * exactly when the path leaves the band |x/n − y/m| &lt; d. With g = gcd(n, m) and lcm = n·m/g the band is
 * |x·(m/g) − y·(n/g)| &lt; h for the integer h = round(d·lcm). The share of paths that leave it is computed column
 * by column with the recursion of Viehmann (arXiv:2102.08037), which works with shares in [0, 1] instead of path
 * counts and so never overflows — a port of SciPy's {@code _compute_outer_prob_inside_method} (used by
 * {@code ks_2samp}, method {@code exact}). Work is O(max(n, m) · window), the window being about 2·d·min(n, m).
 */
final class ExactSmirnov {
    private ExactSmirnov() {
    }

    static double pValue(double d, int n, int m) {
        long g = gcd(n, m);
        long lcm = (n / g) * (long) m;
        long h = Math.round(d * lcm);
        if (h == 0) {
            return 1.0;
        }
        return outsideShare(n, m, g, h);
    }

    private static double outsideShare(int a, int b, long g, long h) {
        long m = Math.max(a, b);
        long n = Math.min(a, b);
        long mg = m / g;
        long ng = n / g;
        int minj = 0;
        int maxj = (int) Math.min(ceilDiv(h, mg), n + 1);
        int curlen = maxj - minj;
        int lenA = (int) Math.min(2L * maxj + 2, n + 1);
        double[] cells = new double[lenA];
        Arrays.fill(cells, 1.0);
        Arrays.fill(cells, minj, maxj, 0.0);
        for (long i = 1; i <= m; i++) {
            int lastMinj = minj;
            int lastLen = curlen;
            minj = (int) Math.min(Math.max(Math.floorDiv(ng * i - h, mg) + 1, 0), n);
            maxj = (int) Math.min(ceilDiv(ng * i + h, mg), n + 1);
            if (maxj <= minj) {
                return 1.0;
            }
            double val = minj == 0 ? 0.0 : 1.0;
            for (int jj = 0; jj < maxj - minj; jj++) {
                int j = jj + minj;
                val = (cells[jj + minj - lastMinj] * i + val * j) / (i + j);
                cells[jj] = val;
            }
            curlen = maxj - minj;
            if (lastLen > curlen) {
                Arrays.fill(cells, maxj - minj, Math.min(lenA, maxj - minj + (lastLen - curlen)), 1.0);
            }
        }
        return cells[maxj - minj - 1];
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
