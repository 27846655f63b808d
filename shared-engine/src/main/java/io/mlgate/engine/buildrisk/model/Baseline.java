package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;

import java.util.List;

/**
 * The previous-outcome baseline: a build is predicted to break when the previous completed build on its branch
 * broke (the previous completed build overall when the branch has none; canceled builds never count). Failures come
 * in streaks, so this is hard to beat; every evaluation reports it on the same builds as the model.
 */
public final class Baseline {
    private Baseline() {
    }

    /** 1 where the baseline predicts broken, else 0. */
    public static double[] predictions(List<BuildFeatures> rows) {
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rows.get(i).previous().map(x -> x.status().isBroken()).orElse(false) ? 1 : 0;
        }
        return p;
    }

    public static Metrics metrics(List<BuildFeatures> rows) {
        return Metrics.of(predictions(rows), ModelTrainer.labels(rows), 0.5);
    }
}
