package io.mlgate.engine.buildrisk.model;

import java.util.Map;

/**
 * What training produced.
 *
 * @param model       the chosen family refitted on every training build, with its calibration and threshold
 * @param chosen      the family chosen
 * @param validation  each family's measures on the validation builds, each with its own calibration and threshold
 * @param inTime      the chosen family's alarms on the validation builds after the first validation part, each
 *                    part judged with the calibration and threshold set on the validation builds before it (all of
 *                    them, in-sample, when there is one validation part): F1, precision and recall (no ROC AUC)
 * @param baseline    the previous-outcome baseline's measures on the same builds
 * @param rule        the related-outcome rule's measures on the same builds: the model's calls
 * @param fitBuilds   builds in the first part, never scored out of time
 * @param validationBuilds builds scored out of time: they choose the family, fit the calibration, set the threshold
 */
public record TrainingOutcome(RiskModel model, Family chosen, Map<Family, Metrics> validation, Metrics inTime,
                              Metrics baseline, Metrics rule, int fitBuilds, int validationBuilds) {
    public TrainingOutcome {
        validation = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(validation));
    }

    /** The builds it trained on: the first part and the validated ones. */
    public int trainedOn() {
        return fitBuilds + validationBuilds;
    }

    /** The model's calls on those builds: its alarms in time order, or the rule's when it calls by the rule. */
    public Metrics calls() {
        return model.decision() == DecisionRule.THRESHOLD ? inTime : rule;
    }

    /** Whether the model's calls in time order beat the previous-outcome baseline's (F1 on broken builds). */
    public boolean beatsBaseline() {
        return calls().beats(baseline);
    }
}
