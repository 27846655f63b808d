package io.mlgate.engine.buildrisk.model;

import java.util.Map;

/**
 * What training produced.
 *
 * @param model       the chosen family refitted on every training build, with its calibration and threshold
 * @param chosen      the family chosen
 * @param validation  each family's measures on the validation builds, each with its own calibration and threshold
 * @param baseline    the previous-outcome baseline's measures on the same validation builds: what the chosen
 *                    family's alarms have to beat there before they can be expected to beat it on builds to come
 * @param fitBuilds   builds in the first part, never scored out of time
 * @param validationBuilds builds scored out of time: they choose the family, fit the calibration, set the threshold
 */
public record TrainingOutcome(RiskModel model, Family chosen, Map<Family, Metrics> validation, Metrics baseline,
                              int fitBuilds, int validationBuilds) {
    public TrainingOutcome {
        validation = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(validation));
    }

    /** Whether the chosen family's alarms beat the baseline's on the validation builds (F1 on broken builds). */
    public boolean beatsBaseline() {
        double f1 = validation.get(chosen).f1();
        return !Double.isNaN(f1) && (Double.isNaN(baseline.f1()) || f1 > baseline.f1());
    }
}
