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
 * {@code JOB/api/json?tree=allBuilds[number,result,timestamp,duration,building,actions[lastBuiltRevision[SHA1,branch[name]]]]{0,N},jobs[name,allBuilds[...]{0,N}]}.
 * The commit and branch come from the git plugin's build data; builds still running, or without a recorded git
 * revision, are left out. A multibranch job named {@code PR-12} is pull request 12. The same request on a
 * multibranch project (or a folder of jobs) answers with its branch jobs and their builds: each build's id is then
 * {@code BRANCH#NUMBER} (numbers restart on every branch), the builds are ordered by start time, and the newest N of
 * them kept.
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
        String builds = TREE + "{0," + req.maxBuilds() + "}";
        // brackets and braces are not legal in a URI query; Jenkins reads them percent-encoded
        String query = ("tree=" + builds + ",jobs[name," + builds + "]").replace("[", "%5B").replace("]", "%5D")
                .replace("{", "%7B").replace("}", "%7D");
        URI uri = URI.create(job + "/api/json?" + query);
        JsonNode body = new HttpJson("Jenkins", headers).get(uri).body();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        if (body.path("allBuilds").isArray()) {
            JsonNode all = body.path("allBuilds");
            List<Build> out = jobBuilds(all, jobName(req.jobUrl()), req.branch(), false, skipped);
            out.sort(Comparator.comparingLong(x -> Long.parseLong(x.id())));
            progress.step("Jenkins: " + all.size() + " builds read from " + job);
            return new ImportResult("Jenkins " + job, out, skipped);
        }
        if (body.path("jobs").isArray()) {
            return branchJobs(body.path("jobs"), job, req, skipped);
        }
        throw new BadInputException("Jenkins: " + uri + " answered without an allBuilds or a jobs list; is " + job
                + " a job or a multibranch project?");
    }

    /** The builds of a multibranch project's branch jobs, the newest {@code maxBuilds} of them, oldest first. */
    private ImportResult branchJobs(JsonNode jobs, String project, JenkinsRequest req, Map<String, Integer> skipped) {
        List<Build> out = new ArrayList<>();
        int branchJobs = 0;
        for (JsonNode j : jobs) {
            if (!j.path("allBuilds").isArray()) {
                skipped.merge("jobs without builds (folders: import each one's URL)", 1, Integer::sum);
                continue;
            }
            branchJobs++;
            String name = URLDecoder.decode(j.path("name").asText(""), StandardCharsets.UTF_8);
            // --branch names a pull request's target; a branch job's builds are on its own branch
            out.addAll(jobBuilds(j.path("allBuilds"), name, pullRequest(name).isPresent() ? req.branch()
                    : Optional.empty(), true, skipped));
        }
        if (branchJobs == 0) {
            throw new BadInputException("Jenkins: " + project + " holds no job with builds; give the URL of a job or "
                    + "of a multibranch project");
        }
        out.sort(Comparator.comparing((Build b) -> b.startedAt().orElse(Instant.EPOCH)).thenComparing(Build::id));
        int older = Math.max(0, out.size() - req.maxBuilds());
        if (older > 0) {
            skipped.merge("older than the newest " + req.maxBuilds(), older, Integer::sum);
            out = new ArrayList<>(out.subList(older, out.size()));
        }
        progress.step("Jenkins: " + (out.size() + older) + " builds read from " + branchJobs + " branch jobs of "
                + project);
        return new ImportResult("Jenkins " + project, out, skipped);
    }

    /**
     * One job's finished builds with a git revision. {@code branch}: recorded for every build when given; else the
     * branch the git plugin recorded, or the job's name for a pull-request job. {@code prefixIds}: ids are
     * {@code JOB#NUMBER}, as in a multibranch project, where numbers restart on every branch.
     */
    private static List<Build> jobBuilds(JsonNode all, String jobName, Optional<String> branch, boolean prefixIds,
                                         Map<String, Integer> skipped) {
        OptionalInt pr = pullRequest(jobName);
        List<Build> builds = new ArrayList<>();
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
            String onBranch = branch.orElseGet(() -> recordedBranch(revision.get())
                    .filter(x -> pr.isEmpty()).orElse(jobName));
            long started = b.path("timestamp").asLong(0);
            long durationMs = b.path("duration").asLong(-1);
            String number = b.path("number").asText();
            builds.add(new Build(prefixIds ? jobName + "#" + number : number, revision.get().path("SHA1").asText(),
                    onBranch, status.get(), started > 0 ? Optional.of(Instant.ofEpochMilli(started)) : Optional.empty(),
                    durationMs >= 0 ? OptionalLong.of(Math.round(durationMs / 1000.0)) : OptionalLong.empty(), pr,
                    Optional.of(pr.isPresent() ? BuildEvent.PULL_REQUEST : BuildEvent.PUSH)));
        }
        return builds;
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
