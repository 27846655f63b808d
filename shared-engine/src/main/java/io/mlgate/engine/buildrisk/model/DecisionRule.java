package io.mlgate.engine.buildrisk.model;

import java.util.Optional;

/**
 * When the model calls a build broken. Training takes the related-outcome rule's calls; the probability and its
 * factors are the model's, and a policy's action rules compare the probability. Models of earlier builds called by
 * their threshold where their alarms, replayed in time order on the training builds, beat the rule's (or, before the
 * rule, the baseline's), and else by the rule (or the baseline); their cards are read as they were written.
 */
public enum DecisionRule {
    /** At or above the model's decision threshold (models of earlier builds whose alarms beat the rule's). */
    THRESHOLD("threshold"),
    /**
     * When the previous build broke, as the baseline calls it: a model trained before the related-outcome rule whose
     * alarms did not beat the baseline's in training.
     */
    PREVIOUS_OUTCOME("previous_outcome"),
    /** When the related-outcome rule calls it broken ({@link io.mlgate.engine.buildrisk.history.RelatedCall}). */
    RELATED_OUTCOME("related_outcome");

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

    /**
     * Whether a build with this probability is called broken, given the previous-outcome baseline's call on it and
     * the related-outcome rule's.
     */
    public boolean alarms(double probability, double threshold, boolean previousBroken, boolean relatedBroken) {
        return switch (this) {
            case THRESHOLD -> probability >= threshold;
            case PREVIOUS_OUTCOME -> previousBroken;
            case RELATED_OUTCOME -> relatedBroken;
        };
    }

    /** Whether the calls are a rule's on the history rather than the model's by its threshold. */
    public boolean byRule() {
        return this != THRESHOLD;
    }

    /** The rule in words, for reports. */
    public String words(double threshold) {
        return switch (this) {
            case THRESHOLD -> "a risk at or above " + String.format(java.util.Locale.ROOT, "%.3f", threshold);
            case PREVIOUS_OUTCOME -> "the previous build broke, as the previous-outcome baseline calls it";
            case RELATED_OUTCOME -> "the related-outcome rule calls it broken (the previous build's outcome, overruled "
                    + "by an earlier build of the same commit, by a push's previous push on its branch after a pull "
                    + "request broke, by a pull request's own previous build that broke)";
        };
    }
}
