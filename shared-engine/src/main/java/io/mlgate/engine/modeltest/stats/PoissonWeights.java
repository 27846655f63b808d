package io.mlgate.engine.modeltest.stats;

import java.util.SplittableRandom;

/**
 * Fills a weight per row with a Poisson(1) draw: how often the row is picked in one bootstrap resample. This is the
 * Poisson bootstrap (Hanley and MacGibbon 2006; Chamandy et al. 2012), which matches the multinomial bootstrap as n
 * grows and needs no copy of the data: metrics simply weight each row. Each 64-bit random number gives two
 * 31-bit uniforms, each turned into a draw by the inverse CDF: five branch-free comparisons give draws 0 to 5
 * (all but 0.06% of them), a rarely taken branch the rest.
 */
public final class PoissonWeights {
    /** {@code CDF[k] * 2^31} for Poisson(1), k = 0..12; draws beyond 12 (p < 1e-10) are capped at 13. */
    private static final long[] THRESHOLDS = thresholds();

    private PoissonWeights() {
    }

    private static long[] thresholds() {
        long[] t = new long[13];
        double p = Math.exp(-1);
        double cdf = 0;
        for (int k = 0; k < t.length; k++) {
            cdf += p;
            t[k] = (long) Math.floor(cdf * (1L << 31));
            p /= (k + 1);
        }
        return t;
    }

    /** The seed of resample {@code r} of a bootstrap seeded {@code seed} (SplitMix64's finaliser). */
    public static long resampleSeed(long seed, int r) {
        long z = seed + 0x9E3779B97F4A7C15L * (r + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Overwrites {@code w} with the weights of one resample drawn from {@code seed}. */
    public static void fill(byte[] w, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = w.length;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            long r = rng.nextLong();
            w[i] = draw(r >>> 33);
            w[i + 1] = draw(r & 0x7FFFFFFFL);
        }
        if (i < n) {
            w[i] = draw(rng.nextLong() >>> 33);
        }
    }

    private static final long T0 = THRESHOLDS[0];
    private static final long T1 = THRESHOLDS[1];
    private static final long T2 = THRESHOLDS[2];
    private static final long T3 = THRESHOLDS[3];
    private static final long T4 = THRESHOLDS[4];
    private static final long T5 = THRESHOLDS[5];

    static byte draw(long u) {
        if (u >= T5) {
            byte k = 6;
            while (k < THRESHOLDS.length && u >= THRESHOLDS[k]) {
                k++;
            }
            return k;
        }
        return (byte) (((T0 - 1 - u) >>> 63) + ((T1 - 1 - u) >>> 63) + ((T2 - 1 - u) >>> 63) + ((T3 - 1 - u) >>> 63)
                + ((T4 - 1 - u) >>> 63));
    }
}
