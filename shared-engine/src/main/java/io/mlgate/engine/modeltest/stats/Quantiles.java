package io.mlgate.engine.modeltest.stats;

import java.util.Arrays;

/** Sample quantiles with linear interpolation between order statistics (Hyndman and Fan type 7, R's default). */
public final class Quantiles {
    private Quantiles() {
    }

    /** The {@code q} quantile of the finite values of {@code sample}; NaN when none is finite. */
    public static double of(double[] sample, double q) {
        double[] v = Arrays.stream(sample).filter(Double::isFinite).sorted().toArray();
        return sorted(v, q);
    }

    /** The {@code q} quantile of an ascending array. */
    public static double sorted(double[] v, double q) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
