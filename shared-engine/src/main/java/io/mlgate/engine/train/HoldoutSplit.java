package io.mlgate.engine.train;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded random split of row indices into training and held-out rows. The held-out share is rounded down, and at
 * least one row is always left to train on. Both index lists are sorted, so row order inside each part is the data's.
 */
public record HoldoutSplit(int[] train, int[] holdout) {

    public static HoldoutSplit of(int rows, double share, long seed) {
        int[] idx = new int[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = rows - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int held = Math.min(rows - 1, (int) Math.floor(rows * share));
        int[] h = Arrays.copyOfRange(idx, 0, held);
        int[] t = Arrays.copyOfRange(idx, held, rows);
        Arrays.sort(h);
        Arrays.sort(t);
        return new HoldoutSplit(t, h);
    }
}
