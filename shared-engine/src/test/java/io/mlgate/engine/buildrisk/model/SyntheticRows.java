package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.ChangeStats;
import io.mlgate.engine.buildrisk.features.FailureOverlap;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;

/**
 * Feature rows without a repository: a build breaks when it touches build configuration (or another kind of file
 * given as the cause) and changes more than 20 lines, plus a little label noise; the other features are noise.
 */
final class SyntheticRows {
    /** How many features there were when these rows were first drawn (up to {@link Feature#WEEKDAY}). */
    private static final int FIRST_FEATURES = Feature.WEEKDAY.ordinal() + 1;

    private SyntheticRows() {
    }

    static List<BuildFeatures> rows(int n, long seed, double noise) {
        return rows(n, seed, noise, Feature.TOUCHES_BUILD_CONFIG, 1);
    }

    /** {@code cause}: the flag (set on 30% of the builds) that breaks a build of more than 20 lines; ids from {@code firstId}. */
    static List<BuildFeatures> rows(int n, long seed, double noise, Feature cause, int firstId) {
        Random r = new Random(seed);
        Random added = new Random(~seed);
        List<BuildFeatures> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] raw = new double[Feature.values().length];
            for (Feature f : Feature.values()) {
                // features added after the first ones draw from a generator of their own, so that the rows' other
                // values, and the tests' expectations of them, stay as they were
                raw[f.ordinal()] = (f.ordinal() < FIRST_FEATURES ? r : added).nextInt(5);
            }
            raw[cause.ordinal()] = r.nextDouble() < 0.3 ? 1 : 0;
            raw[Feature.LINES_ADDED.ordinal()] = r.nextInt(60);
            boolean broken = raw[cause.ordinal()] == 1 && raw[Feature.LINES_ADDED.ordinal()] > 20;
            if (r.nextDouble() < noise) {
                broken = !broken;
            }
            Build b = new Build(Integer.toString(firstId + i), "abcdef0", "main", broken ? BuildStatus.FAILED : BuildStatus.PASSED,
                    Optional.empty(), OptionalLong.of(60), OptionalInt.empty(), Optional.empty());
            out.add(new BuildFeatures(b, raw, ChangeStats.NONE, FailureOverlap.NONE, Optional.empty(), "a@example.org"));
        }
        return out;
    }
}
