package io.mlgate.engine.modeltest.stats;

import java.util.SplittableRandom;

/**
 * Fills a weight per row with a Poisson(1) draw: how often the row is picked in one bootstrap resample. This is the
 * Poisson bootstrap (Hanley and MacGibbon 2006; Chamandy et al. 2012), which matches the multinomial bootstrap as n
 * grows and needs no copy of the data: metrics simply weight each row.
 *
 * <p>Each 64-bit random number gives two 32-bit uniforms, each turned into a draw by the inverse CDF at 32-bit
 * resolution. The top {@value #TABLE_BITS} bits index a table (small enough for the L1 cache) that holds the draw for
 * every bucket lying wholly inside one CDF step; the handful of buckets that straddle a step (marked
 * {@value #STRADDLES}, about 0.3% of draws) compare the full 32 bits.
 */
public final class PoissonWeights {
    /** Largest draw; P(X > 12) is below 1e-10 and such draws are capped here. */
    static final int MAX = 13;
    private static final byte STRADDLES = -1;
    private static final int TABLE_BITS = 12;
    /** {@code CDF[k] * 2^32} for Poisson(1), k = 0..MAX-1. */
    private static final long[] THRESHOLDS = thresholds();
    private static final byte[] TABLE = table();

    private PoissonWeights() {
    }

    private static long[] thresholds() {
        long[] t = new long[MAX];
        double p = Math.exp(-1);
        double cdf = 0;
        for (int k = 0; k < t.length; k++) {
            cdf += p;
            t[k] = Math.min(1L << 32, (long) Math.floor(cdf * (1L << 32)));
            p /= (k + 1);
        }
        return t;
    }

    private static byte[] table() {
        byte[] table = new byte[1 << TABLE_BITS];
        for (int b = 0; b < table.length; b++) {
            long lo = (long) b << (32 - TABLE_BITS);
            long hi = lo + (1L << (32 - TABLE_BITS)) - 1;
            byte a = slow(lo);
            table[b] = a == slow(hi) ? a : STRADDLES;
        }
        return table;
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
            w[i] = draw(r >>> 32);
            w[i + 1] = draw(r & 0xFFFFFFFFL);
        }
        if (i < n) {
            w[i] = draw(rng.nextLong() >>> 32);
        }
    }

    /** The draw for a 32-bit uniform {@code u} (0 to 2^32 - 1). */
    static byte draw(long u) {
        byte k = TABLE[(int) (u >>> (32 - TABLE_BITS))];
        return k != STRADDLES ? k : slow(u);
    }

    /** The inverse CDF by comparison: the number of thresholds at or below {@code u}. */
    static byte slow(long u) {
        byte k = 0;
        while (k < THRESHOLDS.length && u >= THRESHOLDS[k]) {
            k++;
        }
        return k;
    }
}
