package io.mlgate.engine.buildrisk.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Score the build about to run on a commit.
 *
 * @param policy      mlgate.yml: history, model and the actions for each risk level
 * @param history     the history file (the builds before this one)
 * @param repo        the git repository
 * @param commit      the commit to build: a sha or a revision such as {@code HEAD}
 * @param branch      the branch (for a pull request, its target branch); the checked-out branch when empty
 * @param pullRequest the pull request number, for a pull-request build
 * @param time        when the build starts; now when empty
 * @param model       the model directory
 * @param factors     how many factors to explain
 */
public record PredictRequest(Optional<Path> policy, Optional<Path> history, Path repo, String commit,
                             Optional<String> branch, OptionalInt pullRequest, Optional<Instant> time,
                             Optional<Path> model, int factors) {
    public PredictRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(pullRequest, "pullRequest");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(model, "model");
        if (factors < 0) {
            throw new IllegalArgumentException("the number of factors must be >= 0, got " + factors);
        }
    }
}
