package io.mlgate.engine.buildrisk.model;

import java.util.Optional;

/**
 * When the model calls a build broken. Training keeps the previous-outcome baseline's calls unless the model's
 * alarms, replayed in time order on the training builds, beat them ({@link TrainingOutcome#beatsBaseline}); the
 * probability and its factors are the model's either way.
 */
public enum DecisionRule {
    /** At or above the model's decision threshold. */
    THRESHOLD("threshold"),
    /** When the previous build broke, as the baseline calls it: the model's alarms did not beat that in training. */
    PREVIOUS_OUTCOME("previous_outcome");

    private final String id;

    DecisionRule(String id) {
        this.id = id;
    }

    /** The name in model cards and reports. */
    public String id() {
        return id;
    }

    public static Optional<DecisionRule> parse(String id) {
        for (DecisionRule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether a build with this probability, after a broken build or not, is called broken. */
    public boolean alarms(double probability, double threshold, boolean previousBroken) {
        return this == THRESHOLD ? probability >= threshold : previousBroken;
    }

    /** The rule in words, for reports. */
    public String words(double threshold) {
        return this == THRESHOLD ? "a risk at or above " + String.format(java.util.Locale.ROOT, "%.3f", threshold)
                : "the previous build broke, as the previous-outcome baseline calls it";
    }
}
