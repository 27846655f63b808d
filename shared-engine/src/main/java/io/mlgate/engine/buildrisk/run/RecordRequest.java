package io.mlgate.engine.buildrisk.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The outcome of the build that is ending, to append to the history.
 *
 * @param history     the history file (created when missing)
 * @param id          the CI system's build id
 * @param commit      a sha, or a revision such as {@code HEAD} resolved in {@code repo}
 * @param repo        the repository to resolve {@code commit} in
 * @param branch      the branch (for a pull request, its target branch)
 * @param status      the CI system's outcome name ({@code SUCCESS}, {@code failure}, {@code errored}, ...)
 * @param startedAt   when the build started; when empty, now (to the second) minus {@code duration}
 * @param duration    seconds the build ran
 * @param pullRequest the pull request number
 * @param event       push, pull_request, cron, api or other
 * @param risk        the risk {@code predict} gave the build, as text (kept with it for the figures of how the model
 *                    does since its training); empty or blank for none
 */
public record RecordRequest(Path history, String id, String commit, Path repo, String branch, String status,
                            Optional<Instant> startedAt, OptionalLong duration, OptionalInt pullRequest,
                            Optional<String> event, Optional<String> risk) {

    /** A build recorded without its risk. */
    public RecordRequest(Path history, String id, String commit, Path repo, String branch, String status,
                         Optional<Instant> startedAt, OptionalLong duration, OptionalInt pullRequest,
                         Optional<String> event) {
        this(history, id, commit, repo, branch, status, startedAt, duration, pullRequest, event, Optional.empty());
    }

    public RecordRequest {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(pullRequest, "pullRequest");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(risk, "risk");
    }
}
