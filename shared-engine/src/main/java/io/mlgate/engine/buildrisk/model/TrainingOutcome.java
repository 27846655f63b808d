package io.mlgate.engine.buildrisk.model;

import java.util.Map;

/**
 * What training produced.
 *
 * @param model       the chosen family refitted on every training build, with its calibration and threshold
 * @param chosen      the family chosen
 * @param validation  each family's measures on the validation builds, each with its own calibration and threshold
 * @param fitBuilds   builds in the first part, never scored out of time
 * @param validationBuilds builds scored out of time: they choose the family, fit the calibration, set the threshold
 */
public record TrainingOutcome(RiskModel model, Family chosen, Map<Family, Metrics> validation, int fitBuilds,
                              int validationBuilds) {
    public TrainingOutcome {
        validation = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(validation));
    }
}
