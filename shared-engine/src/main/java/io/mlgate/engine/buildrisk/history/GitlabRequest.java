package io.mlgate.engine.buildrisk.history;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Which GitLab CI pipelines to import.
 *
 * @param apiBase      the REST API's base URL ({@code https://gitlab.com/api/v4}, or a self-managed
 *                     {@code https://HOST/api/v4})
 * @param project      the project's path ({@code group/subgroup/name}) or numeric id
 * @param branch       only pipelines on this branch (a merge request's: on its target branch), when given
 * @param maxPipelines at most this many pipelines, the newest
 * @param token        a personal, project or group access token, sent as {@code Authorization: Bearer}, when given
 *                     (needed for private projects)
 */
public record GitlabRequest(URI apiBase, String project, Optional<String> branch, int maxPipelines,
                            Optional<String> token) {
    public static final URI DEFAULT_API = URI.create("https://gitlab.com/api/v4");

    public GitlabRequest {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(token, "token");
        if (project == null || !project.matches("\\d+|[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+")) {
            throw new IllegalArgumentException("GitLab project must be its path, GROUP/NAME (or GROUP/SUBGROUP/NAME), "
                    + "or its numeric id, got '" + project + "'");
        }
        RequestChecks.atLeastOne(maxPipelines, "pipelines");
        RequestChecks.httpUrl(apiBase, "GitLab API URL");
    }
}
