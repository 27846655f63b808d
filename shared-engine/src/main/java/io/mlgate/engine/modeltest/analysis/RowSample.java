package io.mlgate.engine.modeltest.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A seeded sample of row indices without replacement, in ascending order; all rows when there are few. */
final class RowSample {
    private RowSample() {
    }

    static int[] of(int rows, int max, long seed) {
        int[] idx = new int[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = i;
        }
        if (rows <= max) {
            return idx;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < max; i++) {
            int j = i + rng.nextInt(rows - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, max);
        Arrays.sort(out);
        return out;
    }
}
