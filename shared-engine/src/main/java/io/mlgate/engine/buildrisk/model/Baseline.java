package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;

import java.util.List;

/**
 * The previous-outcome baseline: a build is predicted to break when the previous completed build on its branch
 * broke (the previous completed build overall when the branch has none; canceled builds never count). Failures come
 * in streaks, so this is hard to beat; every evaluation reports it on the same builds as the model. Beside it, the
 * related-outcome rule's calls ({@link io.mlgate.engine.buildrisk.history.RelatedCall}), which the model's own
 * calls must beat in training.
 */
public final class Baseline {
    private Baseline() {
    }

    /** 1 where the baseline predicts broken, else 0. */
    public static double[] predictions(List<BuildFeatures> rows) {
        return calls(rows, Baseline::afterBroken);
    }

    /** 1 where {@code broken} says a row is called broken, else 0. */
    private static double[] calls(List<BuildFeatures> rows, java.util.function.Predicate<BuildFeatures> broken) {
        double[] p = new double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = broken.test(rows.get(i)) ? 1 : 0;
        }
        return p;
    }

    /**
     * The baseline as a probability, learnt from {@code train}: {share broken after a passing build, share broken
     * after a broken one}. A position no training build was in gets the share broken of all of them (0 with none).
     */
    public static double[] rates(List<BuildFeatures> train) {
        int[] builds = new int[2];
        int[] broken = new int[2];
        for (BuildFeatures r : train) {
            int k = afterBroken(r) ? 1 : 0;
            builds[k]++;
            broken[k] += r.build().status().isBroken() ? 1 : 0;
        }
        return rates(builds, broken);
    }

    /** {@link #rates} from the counts of builds and broken ones {after a passing build, after a broken one}. */
    static double[] rates(int[] builds, int[] broken) {
        int all = builds[0] + builds[1];
        double overall = all == 0 ? 0 : (double) (broken[0] + broken[1]) / all;
        return new double[]{builds[0] == 0 ? overall : (double) broken[0] / builds[0],
                builds[1] == 0 ? overall : (double) broken[1] / builds[1]};
    }

    /** The rate of {@link #rates} that applies to {@code row}. */
    public static double rate(double[] rates, BuildFeatures row) {
        return rates[afterBroken(row) ? 1 : 0];
    }

    private static boolean afterBroken(BuildFeatures row) {
        return row.previous().map(x -> x.status().isBroken()).orElse(false);
    }

    public static Metrics metrics(List<BuildFeatures> rows) {
        return Metrics.of(predictions(rows), ModelTrainer.labels(rows), 0.5);
    }

    /** The related-outcome rule's calls on the same rows ({@link BuildFeatures#related()}). */
    public static Metrics relatedMetrics(List<BuildFeatures> rows) {
        return Metrics.of(calls(rows, r -> r.related().broken()), ModelTrainer.labels(rows), 0.5);
    }
}
