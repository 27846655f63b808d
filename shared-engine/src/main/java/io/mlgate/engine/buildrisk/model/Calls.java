package io.mlgate.engine.buildrisk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How {@code train} chooses the model's yes/no calls ({@link DecisionRule}); the probability, its factors and a
 * policy's action rules are the same whichever it chooses.
 */
public enum Calls {
    /**
     * The related-outcome rule's calls, always: the default. On held-out projects the model's alarms by its threshold
     * lost to the rule's even where, replayed on the training builds, they had beaten them (docs/buildrisk-measured.md,
     * "Always the rule").
     */
    RULE,
    /** The threshold where its alarms, replayed in time order on the training builds, beat the rule's; else the rule. */
    REPLAY,
    /** The model's threshold, always. */
    THRESHOLD;

    /** The name on the command line and in the model card. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice named {@code id} ({@link #id()}), if any. */
    public static Optional<Calls> parse(String id) {
        for (Calls c : values()) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The decision rule for alarms that had {@code inTime} on the training builds where the rule's calls had {@code rule}. */
    DecisionRule choose(Metrics inTime, Metrics rule) {
        return switch (this) {
            case RULE -> DecisionRule.RELATED_OUTCOME;
            case THRESHOLD -> DecisionRule.THRESHOLD;
            case REPLAY -> inTime.beats(rule) ? DecisionRule.THRESHOLD : DecisionRule.RELATED_OUTCOME;
        };
    }
}
