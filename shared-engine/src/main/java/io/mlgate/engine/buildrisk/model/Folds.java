package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;

import java.util.List;

/**
 * Where training's expanding-window validation cuts the training builds, in time order: a first part that only
 * trains, then {@code folds} parts each scored by models fitted on every build before it. The parts are equal
 * ({@code size / (folds + 1)} builds each, the last taking the rest), but the first part grows when it holds fewer
 * than {@value ModelTrainer#MIN_PER_CLASS} broken or passing builds — a history whose early builds all passed — up
 * to three quarters of the builds (a quarter is left to validate on), and the rest is then cut into {@code folds}
 * equal parts. Without that a history with
 * dozens of broken builds could not be trained because its first fifth held one.
 *
 * @param first the first part's builds (where validation starts)
 * @param step  each validation part's builds (the last takes the rest)
 */
record Folds(int first, int step) {
    static Folds of(List<BuildFeatures> rows, int folds) {
        int part = rows.size() / (folds + 1);
        int first = part;
        int broken = 0;
        for (int i = 0; i < part; i++) {
            broken += rows.get(i).broken() ? 1 : 0;
        }
        int limit = rows.size() * 3 / 4;
        while (first < limit && (broken < ModelTrainer.MIN_PER_CLASS || first - broken < ModelTrainer.MIN_PER_CLASS)) {
            broken += rows.get(first++).broken() ? 1 : 0;
        }
        ModelTrainer.requireBoth("the first " + first + " training builds", rows.subList(0, first));
        return new Folds(first, first == part ? part : (rows.size() - first) / folds);
    }

    /** Where validation part {@code j} (1 to folds) starts. */
    int start(int j) {
        return first + (j - 1) * step;
    }
}
