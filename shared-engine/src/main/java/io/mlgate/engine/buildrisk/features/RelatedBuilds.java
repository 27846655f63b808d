package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last outcome of each build's "related" build: for a pull-request build, the previous completed build of the
 * same pull request; for any other build, the previous completed build on its branch that was not a pull-request
 * build. CI systems record a pull request's builds under its target branch, so the previous build on a branch is
 * often another pull request's, whose outcome says less about a push than the branch's own last push does.
 */
final class RelatedBuilds {
    private final Map<String, BuildStatus> pushes = new HashMap<>();
    private final Map<Integer, BuildStatus> pullRequests = new HashMap<>();

    /** The outcome of {@code b}'s related build, or empty when it has none (or is a pull request without a number). */
    Optional<BuildStatus> of(Build b) {
        if (b.isPullRequest()) {
            return b.pullRequest().isPresent()
                    ? Optional.ofNullable(pullRequests.get(b.pullRequest().getAsInt())) : Optional.empty();
        }
        return Optional.ofNullable(pushes.get(b.branch()));
    }

    /** Records a completed build. */
    void record(Build b) {
        if (!b.isPullRequest()) {
            pushes.put(b.branch(), b.status());
        } else if (b.pullRequest().isPresent()) {
            pullRequests.put(b.pullRequest().getAsInt(), b.status());
        }
    }

    /** Each branch's last push outcome, by branch (for saving and restoring; callers may add to it). */
    Map<String, BuildStatus> pushes() {
        return pushes;
    }

    /** Each pull request's last outcome, by number (for saving and restoring; callers may add to it). */
    Map<Integer, BuildStatus> pullRequests() {
        return pullRequests;
    }
}
