package io.mlgate.engine.buildrisk.history;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Which CircleCI pipelines to import.
 *
 * @param apiBase      the API v2 base URL ({@code https://circleci.com/api/v2}, or a server's
 *                     {@code https://HOST/api/v2})
 * @param project      the project slug: {@code gh/ORG/REPO}, {@code bb/ORG/REPO}, or {@code circleci/ORG_ID/PROJECT_ID}
 *                     for projects set up through the GitHub App or GitLab
 * @param branch       only pipelines on this branch, when given
 * @param maxPipelines at most this many pipelines, the newest
 * @param token        a personal API token, sent as {@code Circle-Token}, when given (needed for private projects)
 */
public record CircleciRequest(URI apiBase, String project, Optional<String> branch, int maxPipelines,
                              Optional<String> token) {
    public static final URI DEFAULT_API = URI.create("https://circleci.com/api/v2");

    public CircleciRequest {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(token, "token");
        if (project == null || !project.matches("(gh|github|bb|bitbucket|circleci)/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("CircleCI project must be its slug, gh/ORG/REPO, bb/ORG/REPO or "
                    + "circleci/ORG_ID/PROJECT_ID, got '" + project + "'");
        }
        RequestChecks.atLeastOne(maxPipelines, "pipelines");
        RequestChecks.httpUrl(apiBase, "CircleCI API URL");
    }
}
