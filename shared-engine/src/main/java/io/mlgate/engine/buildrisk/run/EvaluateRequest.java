package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.model.ModelSettings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluate the risk model on a history, time-ordered.
 *
 * @param policy     mlgate.yml, for {@code buildrisk.history} when not given here
 * @param history    the history file
 * @param repo       the git repository the builds ran on
 * @param trainShare the earliest share of usable builds to train on ({@code --split time:0.7}); the rest is the test
 * @param retrainEvery test builds per model ({@code --retrain-every}): each block of them is scored by a model
 *                   trained on every build before it; 0 trains one model for all test builds
 * @param settings   families, seed and hyperparameters
 * @param scores     where to write each test build's risk and calls as CSV ({@code --scores}), if anywhere
 */
public record EvaluateRequest(Optional<Path> policy, Optional<Path> history, Path repo, double trainShare,
                              int retrainEvery, ModelSettings settings, Optional<Path> scores) {
    public EvaluateRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scores, "scores");
        if (!(trainShare > 0 && trainShare < 1)) {
            throw new IllegalArgumentException("the training share of a time split must be between 0 and 1, got "
                    + trainShare);
        }
        if (retrainEvery != 0) {
            parseRetrainEvery(retrainEvery);
        }
    }

    /** Without a scores file. */
    public EvaluateRequest(Optional<Path> policy, Optional<Path> history, Path repo, double trainShare,
                           int retrainEvery, ModelSettings settings) {
        this(policy, history, repo, trainShare, retrainEvery, settings, Optional.empty());
    }

    /** Parses {@code time:0.7}. */
    public static double parseSplit(String split) {
        if (split != null && split.startsWith("time:")) {
            try {
                double d = Double.parseDouble(split.substring(5));
                if (d > 0 && d < 1) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException("--split: expected time:FRACTION with a fraction between 0 and 1, such as "
                + "time:0.7; got '" + split + "'");
    }

    /** Checks {@code --retrain-every N}: at least one build per model. */
    public static int parseRetrainEvery(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("--retrain-every: expected a number of builds of at least 1, got " + n);
        }
        return n;
    }
}
