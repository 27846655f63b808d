package io.mlgate.engine.buildrisk.policy;

import io.mlgate.engine.config.YList;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.policy.Policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code buildrisk:} section:
 * <pre>
 * buildrisk:
 *   history: .mlgate/buildrisk-history.csv
 *   model: .mlgate/buildrisk-model
 *   actions:
 *     - {min: 0.6, action: run_full_suite}
 *     - {min: 0.3, action: request_review}
 * </pre>
 */
public final class RiskPolicyReader {
    private static final Set<String> KEYS = Set.of("history", "model", "actions");
    private static final Set<String> RULE_KEYS = Set.of("min", "action");

    private RiskPolicyReader() {
    }

    public static RiskPolicy read(Policy policy) {
        return policy.buildrisk().map(m -> read(m, policy.baseDir())).orElseGet(RiskPolicy::empty);
    }

    static RiskPolicy read(YMap section, Path baseDir) {
        section.allowOnly(KEYS);
        Optional<Path> history = section.optString("history").map(baseDir::resolve);
        Optional<Path> model = section.optString("model").map(baseDir::resolve);
        List<ActionRule> rules = new ArrayList<>();
        Optional<YList> actions = section.optList("actions");
        if (actions.isPresent()) {
            YList list = actions.get().nonEmpty();
            for (YNode item : list.items()) {
                YMap rule = item.asMap().allowOnly(RULE_KEYS);
                double min = rule.required("min").asScalar().asFraction();
                RiskAction action = rule.required("action").asScalar().asEnum(RiskAction.class);
                if (!rules.isEmpty() && min >= rules.get(rules.size() - 1).min()) {
                    throw rule.required("min").error("rules must go from the highest min down; " + min
                            + " is not below the previous rule's " + rules.get(rules.size() - 1).min());
                }
                rules.add(new ActionRule(min, action));
            }
        }
        return new RiskPolicy(history, model, rules);
    }
}
