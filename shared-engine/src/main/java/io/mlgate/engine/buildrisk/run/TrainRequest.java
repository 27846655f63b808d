package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.model.ModelSettings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Train a risk model on a history.
 *
 * @param policy   mlgate.yml, for {@code buildrisk.history} and {@code buildrisk.model} when not given here
 * @param history  the history file
 * @param repo     the git repository the builds ran on
 * @param model    the model directory to write
 * @param settings families, seed and hyperparameters
 */
public record TrainRequest(Optional<Path> policy, Optional<Path> history, Path repo, Optional<Path> model,
                           ModelSettings settings) {
    public TrainRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(settings, "settings");
    }
}
