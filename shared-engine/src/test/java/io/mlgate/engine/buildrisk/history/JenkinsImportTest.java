package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.Progress;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A Jenkins job's builds through its JSON API, served from 127.0.0.1 in the shape Jenkins answers. */
class JenkinsImportTest {
    private static final String A = "a".repeat(40);

    private static String build(int n, String result, boolean building, String revision) {
        return "{\"_class\": \"org.jenkinsci.plugins.workflow.job.WorkflowRun\", \"number\": " + n + ", \"result\": "
                + (result == null ? "null" : "\"" + result + "\"") + ", \"building\": " + building
                + ", \"timestamp\": 1714557600000, \"duration\": 95400, \"actions\": [{\"_class\": \"hudson.model.CauseAction\"}, "
                + "{}" + (revision == null ? "" : ", {\"_class\": \"hudson.plugins.git.util.BuildData\", \"lastBuiltRevision\": "
                + revision + "}") + "]}";
    }

    private static final String REV = "{\"SHA1\": \"" + A + "\", \"branch\": [{\"SHA1\": \"" + A
            + "\", \"name\": \"refs/remotes/origin/main\"}]}";
    private static final String JOB = "{\"_class\": \"org.jenkinsci.plugins.workflow.job.WorkflowJob\", \"allBuilds\": ["
            + build(14, null, true, REV) + "," + build(13, "UNSTABLE", false, REV) + "," + build(12, "ABORTED", false, REV)
            + "," + build(11, "FAILURE", false, null) + "," + build(10, "SUCCESS", false, REV) + "]}";

    @Test
    void readsBuildsWithTheirGitRevisionInOneRequest() {
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json(JOB))) {
            ImportResult r = new JenkinsImport(Progress.SILENT).fetch(new JenkinsRequest(URI.create(s.base() + "/job/shop/job/main/"),
                    Optional.empty(), 50, Optional.of("ci"), Optional.of("tok")));
            assertThat(r.builds()).extracting(b -> b.id() + " " + b.branch() + " " + b.status().historyName())
                    .containsExactly("10 main passed", "12 main canceled", "13 main failed");
            Build b = r.builds().get(0);
            assertThat(b.commit()).isEqualTo(A);
            assertThat(b.startedAt()).contains(Instant.ofEpochMilli(1714557600000L));
            assertThat(b.duration()).hasValue(95);
            assertThat(b.isPullRequest()).isFalse();
            assertThat(r.skipped()).containsEntry("still running", 1).containsEntry("no git revision recorded", 1);
            LocalServer.Request req = s.requests.get(0);
            assertThat(req.path()).isEqualTo("/job/shop/job/main/api/json");
            assertThat(req.query()).isEqualTo("tree=allBuilds[number,result,timestamp,duration,building,"
                    + "actions[lastBuiltRevision[SHA1,branch[name]]]]{0,50}");
            assertThat(req.authorization()).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("ci:tok".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aMultibranchPullRequestJobIsThatPullRequestOnTheGivenBranch() {
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json(JOB))) {
            ImportResult r = new JenkinsImport(Progress.SILENT).fetch(new JenkinsRequest(URI.create(s.base() + "/job/shop/job/PR-42"),
                    Optional.of("develop"), 50, Optional.empty(), Optional.empty()));
            assertThat(r.builds()).allSatisfy(b -> {
                assertThat(b.pullRequest()).hasValue(42);
                assertThat(b.branch()).isEqualTo("develop");
            });
            assertThat(s.requests.get(0).authorization()).isNull();
        }
    }
}
