package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.Progress;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports CircleCI pipelines through the API v2: {@code GET /project/:slug/pipeline} (newest first, a page at a
 * time by {@code next_page_token}; {@code ?branch=} when one branch is asked for), and for each pipeline its
 * workflows ({@code GET /pipeline/:id/workflow}), whose statuses make the build's. A pipeline is a build: its number
 * the id (the value {@code << pipeline.number >>} that {@code record --id} takes in a CircleCI job), the commit and
 * branch its {@code vcs} names. Of its workflows, those not run (filtered out by the configuration) do not count;
 * any still running, failing or on hold leaves the pipeline out as not completed; otherwise a failed workflow makes
 * it failed, an errored or unauthorized one errored, a canceled one canceled, and all succeeded passed. It started
 * when its first workflow was created and took until its last one stopped. Left out and counted: pipelines whose
 * configuration did not set up (state {@code errored}), tag pipelines (no branch), pipelines without a commit or
 * without a workflow that ran. A forked pull request's pipeline (branch {@code pull/N}) is pull request N; CircleCI
 * builds a pull request from the same repository as a push to its branch, and says no more about it.
 */
public final class CircleciImport {
    private static final Pattern FORK_PULL = Pattern.compile("pull/(\\d{1,9})");
    private static final Set<String> NOT_COMPLETED = Set.of("running", "failing", "on_hold");
    private final Progress progress;

    public CircleciImport(Progress progress) {
        this.progress = progress;
    }

    public ImportResult fetch(CircleciRequest req) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        req.token().ifPresent(t -> headers.put("Circle-Token", t));
        HttpJson http = new HttpJson("CircleCI", headers);
        String base = req.apiBase().toString().replaceAll("/+$", "");
        String pipelines = base + "/project/" + req.project() + "/pipeline"
                + req.branch().map(b -> "?branch=" + URLEncoder.encode(b, StandardCharsets.UTF_8)).orElse("");
        List<Build> builds = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        int[] seen = {0};
        forEachItem(http, pipelines, "a list of pipelines", req.maxPipelines(), p -> {
            String reason = skipReason(p);
            if (reason == null) {
                List<JsonNode> workflows = new ArrayList<>();
                forEachItem(http, base + "/pipeline/" + p.path("id").asText() + "/workflow", "a list of workflows",
                        Integer.MAX_VALUE, workflows::add);
                reason = workflowsSkipReason(workflows);
                if (reason == null) {
                    builds.add(toBuild(p, workflows));
                }
            }
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
            }
            if (++seen[0] % 50 == 0) {
                progress.step("CircleCI: " + seen[0] + " pipelines read, with their workflows");
            }
        });
        builds.sort(Comparator.comparingLong(b -> Long.parseLong(b.id())));
        return new ImportResult("CircleCI " + req.project(), builds, skipped);
    }

    /**
     * Walks a paged list of CircleCI's API ({@code items}, {@code next_page_token}), handing at most {@code max} items
     * to {@code each}.
     */
    private static void forEachItem(HttpJson http, String first, String expected, int max, Consumer<JsonNode> each) {
        http.forEachItem(URI.create(first), max, body -> body.path("items"), expected, each, seen -> {
        }, page -> nextPage(first, page.body()));
    }

    /** The page after the one whose body is {@code body}: {@code first} with its next_page_token (null: none). */
    private static URI nextPage(String first, JsonNode body) {
        String token = body.path("next_page_token").asText("");
        return token.isEmpty() ? null : URI.create(first + (first.contains("?") ? "&" : "?") + "page-token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** Why a pipeline is not a build, before its workflows are asked for; null when it may be one. */
    static String skipReason(JsonNode p) {
        if ("errored".equals(p.path("state").asText(""))) {
            return "configuration not set up";
        }
        JsonNode vcs = p.path("vcs");
        if (!p.path("number").canConvertToLong() || p.path("id").asText("").isEmpty()
                || vcs.path("revision").asText("").isEmpty()) {
            return "no commit";
        }
        if (vcs.path("branch").asText("").isEmpty()) {
            return "tag or no branch";
        }
        return null;
    }

    /** Why a pipeline whose workflows are these is not a build; null when it is one. */
    static String workflowsSkipReason(List<JsonNode> workflows) {
        List<String> ran = ran(workflows).stream().map(w -> w.path("status").asText("")).toList();
        if (ran.isEmpty()) {
            return "no workflow ran";
        }
        if (ran.stream().anyMatch(NOT_COMPLETED::contains)) {
            return "not completed";
        }
        return ran.stream().allMatch(s -> Set.of("success", "failed", "error", "unauthorized", "canceled").contains(s))
                ? null : "unknown workflow status";
    }

    /** The build a pipeline with these (completed) workflows stands for. */
    static Build toBuild(JsonNode p, List<JsonNode> workflows) {
        List<JsonNode> ran = ran(workflows);
        List<String> statuses = ran.stream().map(w -> w.path("status").asText()).toList();
        BuildStatus status = statuses.contains("failed") ? BuildStatus.FAILED
                : statuses.contains("error") || statuses.contains("unauthorized") ? BuildStatus.ERRORED
                : statuses.contains("canceled") ? BuildStatus.CANCELED : BuildStatus.PASSED;
        Optional<Instant> start = ran.stream().map(w -> HttpJson.time(w, "created_at")).flatMap(Optional::stream)
                .min(Comparator.naturalOrder()).or(() -> HttpJson.time(p, "created_at"));
        List<Optional<Instant>> stops = ran.stream().map(w -> HttpJson.time(w, "stopped_at")).toList();
        OptionalLong duration = start.isPresent() && stops.stream().allMatch(Optional::isPresent)
                ? OptionalLong.of(Duration.between(start.get(), stops.stream().map(Optional::get)
                .max(Comparator.naturalOrder()).orElseThrow()).toSeconds()) : OptionalLong.empty();
        String branch = p.path("vcs").path("branch").asText();
        Matcher fork = FORK_PULL.matcher(branch);
        OptionalInt pullRequest = fork.matches() ? OptionalInt.of(Integer.parseInt(fork.group(1)))
                : OptionalInt.empty();
        BuildEvent event = pullRequest.isPresent() ? BuildEvent.PULL_REQUEST
                : BuildEvent.ofCircleci(p.path("trigger").path("type").asText(""));
        return new Build(p.path("number").asText(), p.path("vcs").path("revision").asText(), branch, status, start,
                duration.isPresent() && duration.getAsLong() < 0 ? OptionalLong.empty() : duration, pullRequest,
                Optional.of(event));
    }

    private static List<JsonNode> ran(List<JsonNode> workflows) {
        return workflows.stream().filter(w -> !"not_run".equals(w.path("status").asText(""))).toList();
    }
}
