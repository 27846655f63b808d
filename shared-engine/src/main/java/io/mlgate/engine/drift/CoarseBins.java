package io.mlgate.engine.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges the cells of a fine grid into at most {@code bins} groups of about equal reference mass — the reference's
 * quantile bins, open at both ends: group j ends at the first cell where the reference's cumulative share reaches
 * j/bins. Cells before the first reference value join the first group and cells after the last join the last, so
 * current data outside the reference's range counts in the outer bins, as with PSI's usual (−∞, q₁], …, (q₉, ∞).
 * Atoms (one value holding more than 1/bins of the reference) give fewer, unequal groups.
 */
public final class CoarseBins {
    private CoarseBins() {
    }

    /** {@code [0]} the reference's counts per group, {@code [1]} the current's. */
    public static long[][] of(long[] reference, long[] current, int bins) {
        long total = 0;
        for (long r : reference) {
            total += r;
        }
        List<long[]> groups = new ArrayList<>();
        long cum = 0;
        long gr = 0;
        long gc = 0;
        int next = 1;
        boolean open = false;
        for (int i = 0; i < reference.length; i++) {
            gr += reference[i];
            gc += current[i];
            cum += reference[i];
            open = true;
            if (next < bins && cum * bins >= (long) next * total && cum > 0) {
                groups.add(new long[] {gr, gc});
                gr = 0;
                gc = 0;
                open = false;
                while (next < bins && cum * bins >= (long) next * total) {
                    next++;
                }
            }
        }
        if (open) {
            groups.add(new long[] {gr, gc});
        }
        long[][] out = new long[2][groups.size()];
        for (int j = 0; j < groups.size(); j++) {
            out[0][j] = groups.get(j)[0];
            out[1][j] = groups.get(j)[1];
        }
        return out;
    }
}
