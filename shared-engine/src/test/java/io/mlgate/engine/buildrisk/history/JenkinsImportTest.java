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
        return build(n, result, building, revision, 1714557600000L);
    }

    private static String build(int n, String result, boolean building, String revision, long timestamp) {
        return "{\"_class\": \"org.jenkinsci.plugins.workflow.job.WorkflowRun\", \"number\": " + n + ", \"result\": "
                + (result == null ? "null" : "\"" + result + "\"") + ", \"building\": " + building
                + ", \"timestamp\": " + timestamp + ", \"duration\": 95400, \"actions\": [{\"_class\": \"hudson.model.CauseAction\"}, "
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
                    + "actions[lastBuiltRevision[SHA1,branch[name]]]]{0,50},jobs[name,allBuilds[number,result,timestamp,"
                    + "duration,building,actions[lastBuiltRevision[SHA1,branch[name]]]]{0,50}]");
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

    private static String rev(String sha, String branch) {
        return "{\"SHA1\": \"" + sha + "\", \"branch\": [{\"SHA1\": \"" + sha + "\", \"name\": \"" + branch + "\"}]}";
    }

    /** A multibranch project: two branch jobs, a pull-request job and a sub-folder, builds numbered per branch. */
    private static final long T = 1714557600000L;
    private static final String MULTIBRANCH = "{\"_class\": \"org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject\", "
            + "\"jobs\": ["
            + "{\"_class\": \"org.jenkinsci.plugins.workflow.job.WorkflowJob\", \"name\": \"main\", \"allBuilds\": ["
            + build(2, "FAILURE", false, rev("b".repeat(40), "main"), T + 3_000_000) + ","
            + build(1, "SUCCESS", false, rev(A, "main"), T) + "]},"
            + "{\"_class\": \"org.jenkinsci.plugins.workflow.job.WorkflowJob\", \"name\": \"feature%2Flogin\", \"allBuilds\": ["
            + build(1, "SUCCESS", false, rev("c".repeat(40), "feature/login"), T + 1_000_000) + "]},"
            + "{\"_class\": \"org.jenkinsci.plugins.workflow.job.WorkflowJob\", \"name\": \"PR-7\", \"allBuilds\": ["
            + build(2, null, true, null, T + 4_000_000) + ","
            + build(1, "UNSTABLE", false, rev("d".repeat(40), "PR-7"), T + 2_000_000) + "]},"
            + "{\"_class\": \"com.cloudbees.hudson.plugins.folder.Folder\", \"name\": \"old\"}"
            + "]}";

    @Test
    void aMultibranchProjectIsReadWithItsBranchJobsInTheSameRequest() {
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json(MULTIBRANCH))) {
            ImportResult r = new JenkinsImport(Progress.SILENT).fetch(new JenkinsRequest(URI.create(s.base() + "/job/shop/"),
                    Optional.of("main"), 50, Optional.empty(), Optional.empty()));
            assertThat(r.builds()).as("oldest first across branches; numbers restart per branch, so ids name it")
                    .extracting(b -> b.id() + " " + b.branch() + " " + b.status().historyName() + " " + b.pullRequest())
                    .containsExactly("main#1 main passed OptionalInt.empty", "feature/login#1 feature/login passed OptionalInt.empty",
                            "PR-7#1 main failed OptionalInt[7]", "main#2 main failed OptionalInt.empty");
            assertThat(r.builds().get(2).event()).contains(BuildEvent.PULL_REQUEST);
            assertThat(r.skipped()).containsEntry("still running", 1)
                    .containsEntry("jobs without builds (folders: import each one's URL)", 1);
            assertThat(r.source()).isEqualTo("Jenkins " + s.base() + "/job/shop");
            assertThat(s.requests).hasSize(1);
        }
    }

    @Test
    void aMultibranchProjectKeepsTheNewestBuildsAcrossBranches() {
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json(MULTIBRANCH))) {
            ImportResult r = new JenkinsImport(Progress.SILENT).fetch(new JenkinsRequest(URI.create(s.base() + "/job/shop"),
                    Optional.empty(), 2, Optional.empty(), Optional.empty()));
            assertThat(r.builds()).extracting(Build::id).containsExactly("PR-7#1", "main#2");
            assertThat(r.builds().get(0).branch()).as("no --branch: the pull-request job's name").isEqualTo("PR-7");
            assertThat(r.skipped()).containsEntry("older than the newest 2", 2);
        }
    }

    @Test
    void aFolderWithoutJobsThatHaveBuildsIsBadInput() {
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json("{\"jobs\": [{\"name\": \"a\"}]}"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JenkinsImport(Progress.SILENT).fetch(
                            new JenkinsRequest(URI.create(s.base() + "/job/org/"), Optional.empty(), 5, Optional.empty(),
                                    Optional.empty())))
                    .isInstanceOf(io.mlgate.engine.api.BadInputException.class)
                    .hasMessage("Jenkins: " + s.base() + "/job/org holds no job with builds; give the URL of a job or of a "
                            + "multibranch project");
        }
    }
}
