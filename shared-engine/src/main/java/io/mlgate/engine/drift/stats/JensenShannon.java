package io.mlgate.engine.drift.stats;

/**
 * Jensen–Shannon distance between two distributions over the same bins, with base-2 logarithms so that it lies in
 * [0, 1]:
 *
 * <pre>JSD(P, Q) = ½ Σ_i p_i log2(p_i / m_i) + ½ Σ_i q_i log2(q_i / m_i),   m = (p + q) / 2
 * distance  = √JSD</pre>
 *
 * Terms with p_i = 0 (or q_i = 0) are 0. The distance is a metric: symmetric, 0 only for equal shares and 1 for
 * distributions with disjoint support. (SciPy's {@code jensenshannon(p, q, base=2)} computes the same value; with
 * natural logarithms the distance is smaller by the factor √ln 2 ≈ 0.83.)
 */
public final class JensenShannon {
    private JensenShannon() {
    }

    public static double distance(long[] reference, long[] current) {
        Shares.sameLength(reference, current);
        double[] p = Shares.of(reference);
        double[] q = Shares.of(current);
        double divergence = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            divergence += half(p[i], m) + half(q[i], m);
        }
        return Math.sqrt(Math.max(0, divergence));
    }

    private static double half(double x, double m) {
        return x == 0 ? 0 : 0.5 * x * Math.log(x / m) / Math.log(2);
    }
}
