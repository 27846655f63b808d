package io.mlgate.engine.drift.stats;

/**
 * Hellinger distance between two distributions over the same bins:
 *
 * <pre>H(P, Q) = √(1 − Σ_i √(p_i · q_i)) = (1/√2) · ‖√p − √q‖₂</pre>
 *
 * It lies in [0, 1]: 0 for equal shares, 1 for disjoint support. Unlike PSI it needs no smoothing of empty bins.
 */
public final class Hellinger {
    private Hellinger() {
    }

    public static double distance(long[] reference, long[] current) {
        Shares.sameLength(reference, current);
        double[] p = Shares.of(reference);
        double[] q = Shares.of(current);
        double affinity = 0;
        for (int i = 0; i < p.length; i++) {
            affinity += Math.sqrt(p[i] * q[i]);
        }
        return Math.sqrt(Math.max(0, 1 - affinity));
    }
}
