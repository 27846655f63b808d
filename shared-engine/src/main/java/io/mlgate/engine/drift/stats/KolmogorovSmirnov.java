package io.mlgate.engine.drift.stats;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Two-sample Kolmogorov–Smirnov test on binned data.
 *
 * <p>The statistic is the largest gap between the two empirical distribution functions,
 * {@code D = sup_x |F_r(x) − F_c(x)|}. On a grid both functions are known exactly at the cell boundaries, so
 * {@code D_grid = max_j |F_r(e_j) − F_c(e_j)|} is a lower bound of D. Inside a cell both functions rise by at most
 * that cell's share, so D is at most {@code max over cells of max(F_r(right) − F_c(left), F_c(right) − F_r(left))}:
 * the upper bound reported beside the statistic. A bin whose values on both sides are one point (the bins of integer
 * data, an atom such as the zeros of a zero-inflated column) adds no slack, since both functions jump there together;
 * so the two are equal for integer data and differ by at most the largest share of a bin that may hold several values
 * otherwise.
 *
 * <p>p-value P(D ≥ d) under the null hypothesis that both samples come from one continuous distribution, as
 * SciPy's {@code ks_2samp} (method {@code auto}) computes it: when neither sample has more than
 * {@value #EXACT_MAX_N} values, exactly, by counting the lattice paths that leave the band |x/n − y/m| &lt; d
 * ({@link ExactSmirnov}); otherwise from the one-sample Kolmogorov distribution at the effective size
 * {@code round(n·m/(n+m))} (Commons Math), SciPy's {@code asymp} method. The p-value is computed from
 * {@code D_grid}.
 */
public final class KolmogorovSmirnov {
    /** Largest sample size for the exact p-value. */
    public static final long EXACT_MAX_N = 10_000;

    private KolmogorovSmirnov() {
    }

    /** The statistic on the grid and its upper bound. */
    public record Statistic(double value, double upperBound) {
    }

    public static Statistic statistic(GridPair g) {
        double[] r = GridPair.cumulative(g.reference());
        double[] c = GridPair.cumulative(g.current());
        double d = 0;
        for (int j = 0; j < r.length; j++) {
            d = Math.max(d, Math.abs(r[j] - c[j]));
        }
        double upper = d;
        int bins = g.edges().length - 1;
        for (int i = 0; i < g.reference().length; i++) {
            boolean point = i >= 1 && i <= bins && !Double.isNaN(g.points()[i - 1]);
            double inside = point ? Math.max(Math.abs(r[i] - c[i]), Math.abs(r[i + 1] - c[i + 1]))
                    : Math.max(r[i + 1] - c[i], c[i + 1] - r[i]);
            upper = Math.max(upper, inside);
        }
        return new Statistic(d, Math.min(1, upper));
    }

    /** P(D ≥ d) for samples of n and m values from the same continuous distribution. */
    public static double pValue(double d, long n, long m) {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("both samples need at least one value");
        }
        if (d <= 0) {
            return 1;
        }
        double p;
        if (Math.max(n, m) <= EXACT_MAX_N) {
            p = ExactSmirnov.pValue(d, (int) n, (int) m);
        } else {
            double effective = (double) n * m / (n + m);
            p = 1 - new KolmogorovSmirnovTest().cdf(d, (int) Math.min(Integer.MAX_VALUE, Math.round(effective)));
        }
        return Math.max(0, Math.min(1, p));
    }
}
