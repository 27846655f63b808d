package io.mlgate.engine.buildrisk.history;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Jenkins builds to import.
 *
 * @param jobUrl    the job's URL, e.g. {@code https://ci.example.org/job/shop/job/main/}, or a multibranch project's
 * @param branch    the branch to record for every build (of a multibranch project: for its pull-request jobs); when
 *                  empty, the branch the git plugin recorded (or, for a pull-request job, the job's name)
 * @param maxBuilds at most this many builds, the newest (of a multibranch project: across its branch jobs)
 * @param user      user name for HTTP basic authentication with {@code token}, when both are given
 * @param token     the user's API token
 */
public record JenkinsRequest(URI jobUrl, Optional<String> branch, int maxBuilds, Optional<String> user,
                             Optional<String> token) {
    public JenkinsRequest {
        Objects.requireNonNull(jobUrl, "jobUrl");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(token, "token");
        RequestChecks.httpUrl(jobUrl, "Jenkins job URL");
        RequestChecks.atLeastOne(maxBuilds, "builds");
    }
}
