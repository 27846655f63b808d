package io.mlgate.engine.drift.stats;

/** Counts turned into shares, and the checks every statistic makes on its inputs. */
public final class Shares {
    private Shares() {
    }

    /** {@code counts[i] / Σ counts}; throws when the counts are empty, negative or all zero. */
    public static double[] of(long[] counts) {
        long total = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("counts must be >= 0, got " + c);
            }
            total += c;
        }
        if (total == 0) {
            throw new IllegalArgumentException("counts must not all be zero");
        }
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = (double) counts[i] / total;
        }
        return out;
    }

    /** Fails unless both arrays have the same, non-zero length. */
    static void sameLength(long[] a, long[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("need two count vectors of the same non-zero length, got "
                    + a.length + " and " + b.length);
        }
    }
}
