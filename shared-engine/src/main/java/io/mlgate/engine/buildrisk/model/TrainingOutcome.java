package io.mlgate.engine.buildrisk.model;

import java.util.Map;

/**
 * What training produced.
 *
 * @param model       the chosen family refitted on every training build, with its calibration and threshold
 * @param chosen      the family chosen
 * @param validation  each family's measures on the validation builds, each with its own calibration and threshold
 * @param fitBuilds   builds the families were fitted on for the choice (the earlier part)
 * @param validationBuilds builds held out for the choice, the calibration and the threshold (the most recent part)
 */
public record TrainingOutcome(RiskModel model, Family chosen, Map<Family, Metrics> validation, int fitBuilds,
                              int validationBuilds) {
    public TrainingOutcome {
        validation = Map.copyOf(validation);
    }
}
