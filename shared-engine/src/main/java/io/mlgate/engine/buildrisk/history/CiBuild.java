package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.api.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build a CI system is running, as the environment variables it sets name it, so that {@code record} and
 * {@code predict} need no options a pipeline would only copy from them. Read for GitHub Actions
 * ({@code GITHUB_ACTIONS=true}), Jenkins ({@code JENKINS_URL}) and GitLab CI ({@code GITLAB_CI=true}); the ids are
 * those {@code import} writes for the same builds. Anything a variable leaves open is empty; options given
 * explicitly always win.
 *
 * <ul>
 *   <li>GitHub Actions: id {@code GITHUB_RUN_ID}; event {@code GITHUB_EVENT_NAME}; for a pull request, its number and
 *       head commit from the event payload ({@code GITHUB_EVENT_PATH}; the merge commit in {@code GITHUB_SHA} is in no
 *       clone) and its target branch {@code GITHUB_BASE_REF}; otherwise commit {@code GITHUB_SHA} and branch
 *       {@code GITHUB_REF_NAME}.</li>
 *   <li>Jenkins: id {@code BRANCH_NAME#BUILD_NUMBER} in a multibranch project, else {@code BUILD_NUMBER}; commit
 *       {@code GIT_COMMIT} (the revision the build reports, which {@code import} reads too); branch
 *       {@code CHANGE_TARGET} for a pull request ({@code CHANGE_ID}), else {@code BRANCH_NAME}, else
 *       {@code GIT_BRANCH} without {@code origin/}.</li>
 *   <li>GitLab CI: id {@code CI_PIPELINE_ID}; commit {@code CI_COMMIT_SHA}; for a merge request
 *       ({@code CI_MERGE_REQUEST_IID}) its target {@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME}, else
 *       {@code CI_COMMIT_BRANCH}; event from {@code CI_PIPELINE_SOURCE}.</li>
 *   <li>CircleCI ({@code CIRCLECI=true}): no id (the pipeline number, which {@code import} writes, is no variable:
 *       a job passes {@code --id << pipeline.number >>}); commit {@code CIRCLE_SHA1}; branch {@code CIRCLE_BRANCH};
 *       a forked pull request's number from {@code CIRCLE_PR_NUMBER} or its branch {@code pull/N} (as
 *       {@code import} reads it; CircleCI builds a pull request from the same repository as a push).</li>
 * </ul>
 *
 * @param system the CI system's name, empty when the environment names none
 */
public record CiBuild(String system, Optional<String> id, Optional<String> commit, Optional<String> branch,
                      OptionalInt pullRequest, Optional<BuildEvent> event) {
    /** No CI system: nothing to take. */
    public static final CiBuild NONE = new CiBuild("", Optional.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.empty(), Optional.empty());
    private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d+)/(?:merge|head)");
    private static final Pattern FORK_BRANCH = Pattern.compile("pull/(\\d{1,9})");
    private static final String CIRCLECI = "CircleCI";

    /** The build {@code env} names, or {@link #NONE}. */
    public static CiBuild of(Map<String, String> env) {
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            return github(env);
        }
        if (set(env, "JENKINS_URL").isPresent() && set(env, "BUILD_NUMBER").isPresent()) {
            return jenkins(env);
        }
        if ("true".equals(env.get("GITLAB_CI"))) {
            return gitlab(env);
        }
        if ("true".equals(env.get("CIRCLECI"))) {
            return circleci(env);
        }
        return NONE;
    }

    /** What to do about {@code what} (a build's "id", "commit", ...) when this environment leaves it open, if anything. */
    public Optional<String> hint(String what) {
        return system.equals(CIRCLECI) && what.equals("id")
                ? Optional.of("in a CircleCI job pass --id << pipeline.number >>, the number import --circleci gives "
                + "the pipeline") : Optional.empty();
    }

    /** Whether a CI system's environment was found. */
    public boolean found() {
        return !system.isEmpty();
    }

    private static CiBuild github(Map<String, String> env) {
        BuildEvent event = BuildEvent.ofGithub(env.getOrDefault("GITHUB_EVENT_NAME", ""));
        if (event != BuildEvent.PULL_REQUEST) {
            return new CiBuild("GitHub Actions", set(env, "GITHUB_RUN_ID"), set(env, "GITHUB_SHA"),
                    set(env, "GITHUB_REF_NAME"), OptionalInt.empty(), Optional.of(event));
        }
        JsonNode pr = payload(env).path("pull_request");
        OptionalInt number = pr.path("number").canConvertToInt() ? OptionalInt.of(pr.path("number").asInt())
                : set(env, "GITHUB_REF").map(PULL_REF::matcher).filter(Matcher::matches)
                        .map(m -> OptionalInt.of(Integer.parseInt(m.group(1)))).orElse(OptionalInt.empty());
        Optional<String> head = Optional.of(pr.path("head").path("sha").asText("")).filter(s -> !s.isEmpty());
        return new CiBuild("GitHub Actions", set(env, "GITHUB_RUN_ID"), head.or(() -> set(env, "GITHUB_SHA")),
                set(env, "GITHUB_BASE_REF"), number, Optional.of(event));
    }

    /** The event payload GitHub writes for the run ({@code GITHUB_EVENT_PATH}); empty when there is none. */
    private static JsonNode payload(Map<String, String> env) {
        Optional<String> path = set(env, "GITHUB_EVENT_PATH");
        if (path.isEmpty()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return new ObjectMapper().readTree(Files.readString(Path.of(path.get())));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("GITHUB_EVENT_PATH " + path.get() + ": cannot read GitHub's event payload: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static CiBuild jenkins(Map<String, String> env) {
        Optional<String> job = set(env, "BRANCH_NAME");
        Optional<String> number = set(env, "BUILD_NUMBER");
        OptionalInt change = number(env, "CHANGE_ID");
        Optional<String> branch = set(env, "CHANGE_TARGET").or(() -> job)
                .or(() -> set(env, "GIT_BRANCH").map(b -> b.startsWith("origin/") ? b.substring(7) : b));
        return new CiBuild("Jenkins", job.isPresent() ? number.map(n -> job.get() + "#" + n) : number,
                set(env, "GIT_COMMIT"), branch, change,
                set(env, "CHANGE_ID").isPresent() ? Optional.of(BuildEvent.PULL_REQUEST) : Optional.empty());
    }

    private static CiBuild gitlab(Map<String, String> env) {
        OptionalInt mr = number(env, "CI_MERGE_REQUEST_IID");
        Optional<String> branch = mr.isPresent() ? set(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME")
                : set(env, "CI_COMMIT_BRANCH");
        Optional<BuildEvent> event = set(env, "CI_PIPELINE_SOURCE").map(BuildEvent::ofGitlab);
        return new CiBuild("GitLab CI", set(env, "CI_PIPELINE_ID"), set(env, "CI_COMMIT_SHA"), branch, mr, event);
    }

    private static CiBuild circleci(Map<String, String> env) {
        Optional<String> branch = set(env, "CIRCLE_BRANCH");
        OptionalInt fork = number(env, "CIRCLE_PR_NUMBER");
        if (fork.isEmpty()) {
            fork = branch.map(FORK_BRANCH::matcher).filter(Matcher::matches)
                    .map(m -> OptionalInt.of(Integer.parseInt(m.group(1)))).orElse(OptionalInt.empty());
        }
        return new CiBuild(CIRCLECI, Optional.empty(), set(env, "CIRCLE_SHA1"), branch, fork,
                fork.isPresent() ? Optional.of(BuildEvent.PULL_REQUEST) : Optional.empty());
    }

    /** The variable {@code name} when it is a number (a pull or merge request's), else empty. */
    private static OptionalInt number(Map<String, String> env, String name) {
        return set(env, name).filter(s -> s.matches("\\d{1,9}")).map(s -> OptionalInt.of(Integer.parseInt(s)))
                .orElse(OptionalInt.empty());
    }

    private static Optional<String> set(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
