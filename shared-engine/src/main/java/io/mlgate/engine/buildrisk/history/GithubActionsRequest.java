package io.mlgate.engine.buildrisk.history;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Which GitHub Actions runs to import.
 *
 * @param apiBase    the REST API's base URL ({@code https://api.github.com}, or a GitHub Enterprise
 *                   {@code https://HOST/api/v3})
 * @param repository {@code owner/name}
 * @param workflow   a workflow file name ({@code ci.yml}) or id; all workflows' runs when empty
 * @param branch     only runs on this branch, when given
 * @param maxRuns    at most this many runs, the newest
 * @param token      a token sent as {@code Authorization: Bearer}, when given (needed for private repositories)
 * @param riskArtifact the name of the artifact in which each run left the history row {@code record} wrote for it,
 *                   to take the run's recorded risk from, when given
 */
public record GithubActionsRequest(URI apiBase, String repository, Optional<String> workflow, Optional<String> branch,
                                   int maxRuns, Optional<String> token, Optional<String> riskArtifact) {
    public static final URI DEFAULT_API = URI.create("https://api.github.com");

    public GithubActionsRequest {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(riskArtifact, "riskArtifact");
        if (riskArtifact.isPresent() && !riskArtifact.get().matches("[^\\\\/\":<>|*?\\r\\n]+")) {
            throw new IllegalArgumentException("artifact name must be non-empty and free of \" : < > | * ? \\ / and "
                    + "line breaks (as actions/upload-artifact requires), got '" + riskArtifact.get() + "'");
        }
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(token, "token");
        if (repository == null || !repository.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("GitHub repository must be OWNER/NAME, got '" + repository + "'");
        }
        if (workflow.isPresent() && !workflow.get().matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("workflow must be a workflow file name such as ci.yml or its id, got '"
                    + workflow.get() + "'");
        }
        RequestChecks.atLeastOne(maxRuns, "runs");
        RequestChecks.httpUrl(apiBase, "GitHub API URL");
    }

    /** Without risks from artifacts. */
    public GithubActionsRequest(URI apiBase, String repository, Optional<String> workflow, Optional<String> branch,
                                int maxRuns, Optional<String> token) {
        this(apiBase, repository, workflow, branch, maxRuns, token, Optional.empty());
    }
}
