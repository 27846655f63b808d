package io.mlgate.engine.buildrisk.model;

import java.util.Objects;

/**
 * A time-ordered evaluation: trained on the earlier builds, tested on the later ones.
 *
 * @param trainBuilds builds trained on
 * @param training    what training produced (family, validation, calibration, threshold)
 * @param model       the model's measures on the test builds: its calls by its decision rule, its ROC AUC
 * @param baseline    the previous-outcome baseline's measures on the same test builds
 * @param skip        what acting on the model's low-risk predictions would have saved and cost
 */
public record Evaluation(int trainBuilds, TrainingOutcome training, Metrics model, Metrics baseline, Skip skip) {

    /**
     * Test builds the model did not call broken: a pipeline could have skipped them (or run less);
     * the broken ones among them are failures that would have been caught late, by a later build.
     *
     * @param builds         test builds not called broken
     * @param seconds        their total duration, where known
     * @param caughtLate     broken builds among them
     * @param brokenTotal    broken test builds in all
     */
    public record Skip(int builds, long seconds, int caughtLate, int brokenTotal) {
    }

    public Evaluation {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(skip, "skip");
    }

    public int testBuilds() {
        return model.total();
    }

    /** Whether the model's F1 on broken builds is above the baseline's. */
    public boolean beatsBaseline() {
        return model.beats(baseline);
    }
}
