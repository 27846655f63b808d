package io.mlgate.engine.train;

import io.mlgate.engine.validate.policy.DatasetSpec;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code model.train} section.
 *
 * @param data    training data; the command line's {@code --data} replaces it
 * @param trainer the trainer with all its hyperparameters and seed
 * @param holdout share of rows held out (seeded shuffle) to measure the model card's metrics; 0 for none
 */
public record TrainSpec(Optional<DatasetSpec> data, TrainerSpec trainer, double holdout) {
    /** Seed used when the policy names none. */
    public static final long DEFAULT_SEED = 42L;
    /** Held-out share used when the policy names none. */
    public static final double DEFAULT_HOLDOUT = 0.2;

    public TrainSpec {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(trainer, "trainer");
        if (!(holdout >= 0 && holdout < 1)) {
            throw new IllegalArgumentException("holdout must be in [0, 1), got " + holdout);
        }
    }
}
