package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a Jenkins job's builds through its JSON API in one request:
 * {@code JOB/api/json?tree=allBuilds[number,result,timestamp,duration,building,actions[lastBuiltRevision[SHA1,branch[name]]]]{0,N}}.
 * The commit and branch come from the git plugin's build data; builds still running, or without a recorded git
 * revision, are left out. A multibranch job named {@code PR-12} is pull request 12.
 */
public final class JenkinsImport {
    private static final Pattern PR_JOB = Pattern.compile("(?:PR|MR)-(\\d+)");
    private static final String TREE = "allBuilds[number,result,timestamp,duration,building,"
            + "actions[lastBuiltRevision[SHA1,branch[name]]]]";
    private final Progress progress;

    public JenkinsImport(Progress progress) {
        this.progress = progress;
    }

    public ImportResult fetch(JenkinsRequest req) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (req.user().isPresent() && req.token().isPresent()) {
            String basic = Base64.getEncoder().encodeToString((req.user().get() + ":" + req.token().get())
                    .getBytes(StandardCharsets.UTF_8));
            headers.put("Authorization", "Basic " + basic);
        }
        String job = req.jobUrl().toString().replaceAll("/+$", "");
        // brackets and braces are not legal in a URI query; Jenkins reads them percent-encoded
        String query = ("tree=" + TREE + "{0," + req.maxBuilds() + "}").replace("[", "%5B").replace("]", "%5D")
                .replace("{", "%7B").replace("}", "%7D");
        URI uri = URI.create(job + "/api/json?" + query);
        JsonNode body = new HttpJson("Jenkins", headers).get(uri).body();
        JsonNode all = body.path("allBuilds");
        if (!all.isArray()) {
            throw new BadInputException("Jenkins: " + uri + " answered without an allBuilds list; is " + job + " a job?");
        }
        String jobName = jobName(req.jobUrl());
        OptionalInt pr = pullRequest(jobName);
        List<Build> builds = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (JsonNode b : all) {
            if (b.path("building").asBoolean(false) || b.path("result").isNull() || b.path("result").isMissingNode()) {
                skipped.merge("still running", 1, Integer::sum);
                continue;
            }
            Optional<JsonNode> revision = revision(b);
            Optional<BuildStatus> status = StatusNames.parse(b.path("result").asText(""));
            if (revision.isEmpty()) {
                skipped.merge("no git revision recorded", 1, Integer::sum);
                continue;
            }
            if (status.isEmpty()) {
                skipped.merge("unknown result", 1, Integer::sum);
                continue;
            }
            String branch = req.branch().orElseGet(() -> recordedBranch(revision.get())
                    .filter(x -> pr.isEmpty()).orElse(jobName));
            long started = b.path("timestamp").asLong(0);
            long durationMs = b.path("duration").asLong(-1);
            builds.add(new Build(b.path("number").asText(), revision.get().path("SHA1").asText(), branch, status.get(),
                    started > 0 ? Optional.of(Instant.ofEpochMilli(started)) : Optional.empty(),
                    durationMs >= 0 ? OptionalLong.of(Math.round(durationMs / 1000.0)) : OptionalLong.empty(), pr,
                    Optional.of(pr.isPresent() ? BuildEvent.PULL_REQUEST : BuildEvent.PUSH)));
        }
        builds.sort(Comparator.comparingLong(x -> Long.parseLong(x.id())));
        progress.step("Jenkins: " + all.size() + " builds read from " + job);
        return new ImportResult("Jenkins " + job, builds, skipped);
    }

    private static Optional<JsonNode> revision(JsonNode build) {
        for (JsonNode action : build.path("actions")) {
            JsonNode rev = action.path("lastBuiltRevision");
            if (rev.path("SHA1").isTextual()) {
                return Optional.of(rev);
            }
        }
        return Optional.empty();
    }

    /** {@code refs/remotes/origin/main}, {@code origin/main} or {@code refs/heads/main} → {@code main}. */
    static Optional<String> recordedBranch(JsonNode revision) {
        String name = revision.path("branch").path(0).path("name").asText("");
        for (String prefix : new String[]{"refs/remotes/origin/", "refs/heads/", "origin/"}) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return name.isEmpty() || "detached".equals(name) ? Optional.empty() : Optional.of(name);
    }

    /** The last {@code job/NAME} segment of a job URL, decoded. */
    static String jobName(URI jobUrl) {
        String[] parts = jobUrl.getRawPath().replaceAll("/+$", "").split("/");
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        return URLDecoder.decode(last, StandardCharsets.UTF_8);
    }

    static OptionalInt pullRequest(String jobName) {
        Matcher m = PR_JOB.matcher(jobName);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
