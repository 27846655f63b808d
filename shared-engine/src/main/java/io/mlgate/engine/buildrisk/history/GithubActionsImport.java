package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.Progress;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Imports GitHub Actions workflow runs through the REST API ({@code GET /repos/OWNER/NAME/actions/runs}, or
 * {@code .../actions/workflows/WORKFLOW/runs}), 100 per page following the {@code Link: rel="next"} header. Only
 * completed runs become builds; the conclusion maps through {@link StatusNames}. A pull-request run's branch is the
 * pull request's target branch, as in the history format. Asked to ({@link GithubActionsRequest#riskArtifact()}), the
 * runs that need one get the risk they recorded in their artifact ({@link GithubArtifactRisks}).
 */
public final class GithubActionsImport {
    private final Progress progress;

    public GithubActionsImport(Progress progress) {
        this.progress = progress;
    }

    public ImportResult fetch(GithubActionsRequest req) {
        return fetch(req, id -> true);
    }

    /** As {@link #fetch(GithubActionsRequest)}; risks are looked for only for the runs {@code needsRisk} accepts. */
    public ImportResult fetch(GithubActionsRequest req, Predicate<String> needsRisk) {
        HttpJson http = HttpJson.withBearer("GitHub", req.token(), "Accept", "application/vnd.github+json",
                "X-GitHub-Api-Version", "2022-11-28");
        List<Build> builds = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        http.forEachItem(firstPage(req), req.maxRuns(), body -> body.path("workflow_runs"), "a workflow_runs list",
                run -> toBuild(run).ifPresentOrElse(builds::add, () -> skipped.merge(skipReason(run), 1, Integer::sum)),
                seen -> progress.step("GitHub Actions: " + seen + " runs read"));
        builds.sort(Comparator.comparingLong(b -> Long.parseLong(b.id())));
        Optional<ArtifactRisks> risks = req.riskArtifact().map(name -> new GithubArtifactRisks(http, progress)
                .fetch(req, name, builds.stream().map(Build::id).filter(needsRisk).collect(Collectors.toSet())));
        List<Build> withRisks = risks.isEmpty() ? builds : builds.stream()
                .map(b -> risks.get().risks().containsKey(b.id()) ? b.withRisk(risks.get().risks().get(b.id())) : b)
                .toList();
        return new ImportResult("GitHub Actions " + req.repository() + req.workflow().map(w -> " " + w).orElse(""),
                withRisks, skipped, risks);
    }

    private static URI firstPage(GithubActionsRequest req) {
        String base = req.apiBase().toString().replaceAll("/+$", "");
        String path = "/repos/" + req.repository() + req.workflow().map(w -> "/actions/workflows/" + w).orElse("/actions")
                + "/runs?per_page=100&status=completed"
                + req.branch().map(b -> "&branch=" + URLEncoder.encode(b, StandardCharsets.UTF_8)).orElse("");
        return URI.create(base + path);
    }

    private static String skipReason(JsonNode run) {
        if (!"completed".equals(run.path("status").asText())) {
            return "not completed";
        }
        if (StatusNames.parse(run.path("conclusion").asText("")).isEmpty()) {
            return "unknown conclusion";
        }
        return "no commit or branch";
    }

    /** The build a run stands for, or empty when it is not complete or lacks what a build needs. */
    static Optional<Build> toBuild(JsonNode run) {
        if (!"completed".equals(run.path("status").asText())) {
            return Optional.empty();
        }
        Optional<BuildStatus> status = StatusNames.parse(run.path("conclusion").asText(""));
        String sha = run.path("head_sha").asText("");
        JsonNode pr = run.path("pull_requests").path(0);
        String branch = pr.path("base").path("ref").asText(run.path("head_branch").asText(""));
        if (status.isEmpty() || sha.isEmpty() || branch.isEmpty() || !run.path("id").canConvertToLong()) {
            return Optional.empty();
        }
        Optional<Instant> started = HttpJson.time(run, "run_started_at").or(() -> HttpJson.time(run, "created_at"));
        OptionalLong duration = HttpJson.secondsFrom(started, run, "updated_at");
        OptionalInt prNumber = pr.path("number").canConvertToInt() && pr.path("number").asInt() > 0
                ? OptionalInt.of(pr.path("number").asInt()) : OptionalInt.empty();
        return Optional.of(new Build(run.path("id").asText(), sha, branch, status.get(), started, duration, prNumber,
                Optional.of(BuildEvent.ofGithub(run.path("event").asText("")))));
    }

}
