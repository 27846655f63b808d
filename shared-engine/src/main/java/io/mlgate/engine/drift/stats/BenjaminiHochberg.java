package io.mlgate.engine.drift.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg adjustment of m p-values for the false discovery rate. With p_(1) ≤ … ≤ p_(m) sorted:
 *
 * <pre>q_(i) = min_{j ≥ i} min(1, m · p_(j) / j)</pre>
 *
 * and each q is returned at its p-value's position. Rejecting every hypothesis with q ≤ α keeps the expected share
 * of false discoveries among the rejections at most α (for independent or positively dependent tests). Same as
 * SciPy's {@code false_discovery_control(p, method='bh')}.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p-values must lie in [0, 1], got " + p);
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, Math.min(1, pValues[i] * m / rank));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
