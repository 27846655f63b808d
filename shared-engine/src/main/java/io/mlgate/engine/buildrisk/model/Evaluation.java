package io.mlgate.engine.buildrisk.model;

import java.util.List;
import java.util.Objects;

/**
 * A time-ordered evaluation: trained on the earlier builds, tested on the later ones.
 *
 * @param trainBuilds builds the first model trained on
 * @param block       test builds scored by each model, in history order (all of them when it was trained once)
 * @param trainings   what each training produced (family, validation, calibration, threshold, decision rule), the
 *                    first on the first {@code trainBuilds} builds, each next one on {@code block} more
 * @param model       the models' measures on the test builds: their calls by their decision rules, the ROC AUC of
 *                    their probabilities
 * @param baseline    the previous-outcome baseline's measures on the same test builds
 * @param scores      each test build's risk, the model's call, outcome, duration and previous-outcome rate
 */
public record Evaluation(int trainBuilds, int block, List<TrainingOutcome> trainings, Metrics model, Metrics baseline,
                         TestScores scores) {

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
        trainings = List.copyOf(trainings);
        if (trainings.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one trained model");
        }
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseline, "baseline");
        if (scores.size() != model.total()) {
            throw new IllegalArgumentException("test scores for " + scores.size() + " builds, measures for "
                    + model.total());
        }
    }

    /** What acting on the model's low-risk predictions (the builds it did not call broken) would have saved and cost. */
    public Skip skip() {
        return scores.skip(scores.called());
    }

    /** How the risks match the outcomes on the test builds. */
    public Reliability reliability() {
        return Reliability.of(scores);
    }

    /** Calling the test builds with a risk at or above {@code minRisk} broken. */
    public OperatingPoint at(double minRisk) {
        return OperatingPoint.at(scores, minRisk);
    }

    /** The first model's training: on the first {@link #trainBuilds} builds. */
    public TrainingOutcome training() {
        return trainings.get(0);
    }

    /** Whether the model was retrained as the test builds came (more than one model). */
    public boolean rolling() {
        return trainings.size() > 1;
    }

    public int testBuilds() {
        return model.total();
    }

    /** Whether the model's F1 on broken builds is above the baseline's. */
    public boolean beatsBaseline() {
        return model.beats(baseline);
    }
}
