package io.mlgate.engine.buildrisk.history;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What triggered a build. History files use {@code push}, {@code pull_request}, {@code cron}, {@code api} (Travis'
 * names) and {@code other}; GitHub Actions' events map onto them ({@code schedule} is {@code cron},
 * {@code workflow_dispatch} and {@code repository_dispatch} are {@code api}, {@code pull_request_target} is
 * {@code pull_request}, any other event is {@code other}).
 */
public enum BuildEvent {
    PUSH, PULL_REQUEST, CRON, API, OTHER;

    private static final Map<String, BuildEvent> GITHUB = Map.of(
            "schedule", CRON, "workflow_dispatch", API, "repository_dispatch", API, "pull_request_target", PULL_REQUEST);
    private static final Map<String, BuildEvent> GITLAB = Map.of("push", PUSH, "merge_request_event", PULL_REQUEST,
            "external_pull_request_event", PULL_REQUEST, "schedule", CRON, "api", API, "trigger", API, "web", API);
    private static final Map<String, BuildEvent> CIRCLECI = Map.of("webhook", PUSH, "scheduled_pipeline", CRON,
            "schedule", CRON, "api", API, "explicit", API);

    /** The spelling in history files. */
    public String historyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Strict: one of the five history names or GitHub's four aliases for them (any case). */
    public static Optional<BuildEvent> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (BuildEvent e : values()) {
            if (e.historyName().equals(n)) {
                return Optional.of(e);
            }
        }
        return Optional.ofNullable(GITHUB.get(n));
    }

    /** A GitHub Actions event name; never fails, unknown events are {@code OTHER}. */
    public static BuildEvent ofGithub(String name) {
        return parse(name == null ? "" : name).orElse(OTHER);
    }

    /**
     * A GitLab pipeline's source ({@code CI_PIPELINE_SOURCE}, the API's {@code source}): {@code push}; merge request
     * events are {@code pull_request}; {@code schedule} is {@code cron}; {@code api}, {@code trigger} and {@code web}
     * are {@code api}; any other is {@code OTHER}.
     */
    public static BuildEvent ofGitlab(String source) {
        return GITLAB.getOrDefault(source == null ? "" : source, OTHER);
    }

    /**
     * What triggered a CircleCI pipeline (the API's {@code trigger.type}): {@code webhook} is a push;
     * {@code scheduled_pipeline} and {@code schedule} are {@code cron}; {@code api} and {@code explicit} (run from
     * the web app) are {@code api}; any other is {@code OTHER}.
     */
    public static BuildEvent ofCircleci(String trigger) {
        return CIRCLECI.getOrDefault(trigger == null ? "" : trigger, OTHER);
    }

    public static String allowed() {
        return "push, pull_request, cron, api, other (or GitHub's schedule, workflow_dispatch, repository_dispatch, "
                + "pull_request_target)";
    }
}
