package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports GitLab CI pipelines through the REST API ({@code GET /projects/:id/pipelines?scope=finished}), 100 a page,
 * newest first, following the {@code Link: rel="next"} header. A pipeline is a build: its id, commit, status
 * ({@code success} passed, {@code failed}, {@code canceled} and {@code skipped} canceled; pipelines still running,
 * waiting or manual are left out and counted, and so are child pipelines, part of their parent's build), its source
 * as the event; {@code created_at} is its start and {@code updated_at} its end (the list has no other times). A merge
 * request's pipeline (ref {@code refs/merge-requests/IID/head}, {@code /merge} or {@code /train}) is pull request IID
 * on the merge request's target branch, read once per merge request ({@code GET /projects/:id/merge_requests/:iid}), as
 * in the history format and as {@code record} takes it from {@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME}.
 */
public final class GitlabImport {
    private static final Pattern MERGE_REQUEST_REF = Pattern.compile("refs/merge-requests/(\\d+)/(?:head|merge|train)");
    private static final Set<String> FINISHED = Set.of("success", "failed", "canceled", "skipped");
    private final Progress progress;

    public GitlabImport(Progress progress) {
        this.progress = progress;
    }

    public ImportResult fetch(GitlabRequest req) {
        HttpJson http = HttpJson.withBearer("GitLab", req.token(), "Accept", "application/json");
        String project = req.apiBase().toString().replaceAll("/+$", "") + "/projects/"
                + URLEncoder.encode(req.project(), StandardCharsets.UTF_8);
        Map<Integer, String> targets = new HashMap<>();
        List<Build> builds = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        http.forEachItem(URI.create(project + "/pipelines?scope=finished&per_page=100"), req.maxPipelines(),
                body -> body, "a list of pipelines", p -> {
                    String reason = skipReason(p);
                    Build b = reason != null ? null
                            : toBuild(p, iid -> targets.computeIfAbsent(iid, i -> target(http, project, i)));
                    if (b != null && req.branch().isPresent() && !req.branch().get().equals(b.branch())) {
                        reason = "other branch";
                    }
                    if (reason == null) {
                        builds.add(b);
                    } else {
                        skipped.merge(reason, 1, Integer::sum);
                    }
                }, seen -> progress.step("GitLab CI: " + seen + " pipelines read"));
        builds.sort(Comparator.comparingLong(b -> Long.parseLong(b.id())));
        return new ImportResult("GitLab CI " + req.project(), builds, skipped);
    }

    /** Why a pipeline is not a build, or null when it is one. */
    static String skipReason(JsonNode p) {
        if (!FINISHED.contains(p.path("status").asText(""))) {
            return "not completed";
        }
        if ("parent_pipeline".equals(p.path("source").asText(""))) {
            return "child pipeline"; // part of its parent's build, which is listed too
        }
        if (!p.path("id").canConvertToLong() || p.path("sha").asText("").isEmpty()
                || p.path("ref").asText("").isEmpty()) {
            return "no commit or branch";
        }
        return null;
    }

    /** The build a finished pipeline stands for; {@code target} gives a merge request's target branch by its IID. */
    static Build toBuild(JsonNode p, IntFunction<String> target) {
        BuildStatus status = StatusNames.parse(p.path("status").asText()).orElseThrow();
        String ref = p.path("ref").asText();
        Matcher mr = MERGE_REQUEST_REF.matcher(ref);
        OptionalInt pullRequest = mr.matches() ? OptionalInt.of(Integer.parseInt(mr.group(1))) : OptionalInt.empty();
        String branch = pullRequest.isPresent() ? target.apply(pullRequest.getAsInt()) : ref;
        Optional<Instant> created = HttpJson.time(p, "created_at");
        OptionalLong duration = HttpJson.secondsFrom(created, p, "updated_at");
        BuildEvent event = pullRequest.isPresent() ? BuildEvent.PULL_REQUEST : BuildEvent.ofGitlab(p.path("source").asText(""));
        return new Build(p.path("id").asText(), p.path("sha").asText(), branch, status, created, duration, pullRequest,
                Optional.of(event));
    }

    /** A merge request's target branch ({@code GET .../merge_requests/:iid}). */
    private static String target(HttpJson http, String project, int iid) {
        URI uri = URI.create(project + "/merge_requests/" + iid);
        String branch = http.get(uri).body().path("target_branch").asText("");
        if (branch.isEmpty()) {
            throw new BadInputException("GitLab: " + uri + " answered without a target_branch");
        }
        return branch;
    }
}
