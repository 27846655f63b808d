package io.mlgate.engine.buildrisk.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code buildrisk:} section.
 *
 * @param history where the build history is kept, resolved against the policy file's directory
 * @param model   the model directory
 * @param actions rules from the highest {@code min} down; the first whose {@code min} the risk reaches applies;
 *                empty when the policy sets none (then {@link #defaults} applies)
 */
public record RiskPolicy(Optional<Path> history, Optional<Path> model, List<ActionRule> actions) {
    public RiskPolicy {
        actions = List.copyOf(actions);
    }

    public static RiskPolicy empty() {
        return new RiskPolicy(Optional.empty(), Optional.empty(), List.of());
    }

    /** Without rules in the policy: {@code notify} at or above the model's decision threshold, else nothing. */
    public static List<ActionRule> defaults(double modelThreshold) {
        return List.of(new ActionRule(Math.min(1, Math.max(0, modelThreshold)), RiskAction.NOTIFY));
    }

    /** The rules that apply: the policy's, or the defaults for a model with this threshold. */
    public List<ActionRule> rules(double modelThreshold) {
        return actions.isEmpty() ? defaults(modelThreshold) : actions;
    }

    /** The action for a risk under {@code rules}: the first rule the risk reaches, else {@code none}. */
    public static RiskAction actionFor(double risk, List<ActionRule> rules) {
        for (ActionRule r : rules) {
            if (risk >= r.min()) {
                return r.action();
            }
        }
        return RiskAction.NONE;
    }
}
