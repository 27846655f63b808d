package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.run.ImportRun;
import io.mlgate.engine.buildrisk.run.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GitHub Actions runs through the REST API, served from 127.0.0.1 in the shape api.github.com answers. */
class GithubActionsImportTest {
    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);

    private static String run(long id, String sha, String branch, String status, String conclusion, String event,
                              String prs) {
        return "{\"id\": " + id + ", \"run_number\": " + (id - 100) + ", \"head_sha\": \"" + sha + "\", \"head_branch\": \""
                + branch + "\", \"status\": \"" + status + "\", \"conclusion\": " + (conclusion == null ? "null"
                : "\"" + conclusion + "\"") + ", \"event\": \"" + event + "\", \"run_started_at\": \"2024-05-01T10:00:00Z\", "
                + "\"created_at\": \"2024-05-01T09:59:00Z\", \"updated_at\": \"2024-05-01T10:05:30Z\", \"pull_requests\": "
                + prs + "}";
    }

    private static final String PAGE1 = "{\"total_count\": 4, \"workflow_runs\": ["
            + run(204, A, "main", "completed", "failure", "push", "[]") + ","
            + run(203, B, "fix-x", "completed", "success", "pull_request",
            "[{\"number\": 17, \"head\": {\"ref\": \"fix-x\"}, \"base\": {\"ref\": \"main\"}}]") + "]}";
    private static final String PAGE2 = "{\"total_count\": 4, \"workflow_runs\": ["
            + run(202, A, "main", "in_progress", null, "push", "[]") + ","
            + run(201, A, "main", "completed", "timed_out", "schedule", "[]") + "]}";

    @Test
    void followsPagesMapsConclusionsAndTakesThePullRequestsTargetBranch() {
        try (LocalServer s = new LocalServer(r -> r.query().contains("page=2")
                ? LocalServer.Answer.json(PAGE2)
                : new LocalServer.Answer(200, PAGE1, Map.of("Link",
                "<{base}/repos/octo/shop/actions/workflows/ci.yml/runs?per_page=100&status=completed&page=2>; rel=\"next\", "
                        + "<{base}/repos/octo/shop/actions/workflows/ci.yml/runs?per_page=100&status=completed&page=2>; rel=\"last\"")))) {
            ImportResult r = new GithubActionsImport(Progress.SILENT).fetch(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.of("ci.yml"), Optional.empty(), 100, Optional.of("t0ken")));
            assertThat(r.builds()).extracting(b -> b.id() + " " + b.branch() + " " + b.status().historyName())
                    .containsExactly("201 main errored", "203 main passed", "204 main failed");
            Build pr = r.builds().get(1);
            assertThat(pr.pullRequest()).hasValue(17);
            assertThat(pr.event()).contains(BuildEvent.PULL_REQUEST);
            assertThat(pr.commit()).isEqualTo(B);
            assertThat(pr.startedAt()).contains(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(pr.duration()).hasValue(330);
            assertThat(r.builds().get(0).event()).contains(BuildEvent.CRON);
            assertThat(r.skipped()).containsEntry("not completed", 1);
            assertThat(s.requests).hasSize(2);
            assertThat(s.requests.get(0).path()).isEqualTo("/repos/octo/shop/actions/workflows/ci.yml/runs");
            assertThat(s.requests.get(0).query()).isEqualTo("per_page=100&status=completed");
            assertThat(s.requests.get(0).authorization()).isEqualTo("Bearer t0ken");
        }
    }

    /**
     * A run recorded at its end with its risk (record --risk, id GITHUB_RUN_ID), then imported: the import's outcome
     * replaces the row in place and the risk stays; runs not recorded come in without one.
     */
    @Test
    void anImportKeepsTheRiskRecordedWithARun(@TempDir Path dir) throws Exception {
        Path history = Files.writeString(dir.resolve("history.csv"),
                "id,commit,branch,status,started_at,duration,pull_request,event,risk\n"
                        + "204," + A + ",main,passed,2024-05-01T10:00:00Z,,,push,0.42\n");
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json(PAGE1))) {
            new ImportRun(Progress.SILENT).run(new ImportSource.Github(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.of("ci.yml"), Optional.empty(), 100, Optional.empty())), history);
        }
        BuildHistory h = HistoryReader.read(history);
        assertThat(h.builds()).extracting(b -> b.id() + " " + b.status().historyName() + " " + b.risk())
                .containsExactly("204 failed OptionalDouble[0.42]", "203 passed OptionalDouble.empty");
    }

    @Test
    void stopsAtTheMostRuns() {
        try (LocalServer s = new LocalServer(r -> new LocalServer.Answer(200, PAGE1, Map.of("Link",
                "<{base}/next?page=2>; rel=\"next\"")))) {
            ImportResult r = new GithubActionsImport(Progress.SILENT).fetch(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.empty(), Optional.of("main"), 1, Optional.empty()));
            assertThat(r.builds()).extracting(Build::id).containsExactly("204");
            assertThat(s.requests).hasSize(1);
            assertThat(s.requests.get(0).query()).isEqualTo("per_page=100&status=completed&branch=main");
            assertThat(s.requests.get(0).authorization()).isNull();
        }
    }

    @Test
    void httpErrorsAreOneLineNamingTheUrl() {
        try (LocalServer s = new LocalServer(r -> new LocalServer.Answer(404, "{\"message\": \"Not Found\"}", Map.of()))) {
            assertThatThrownBy(() -> new GithubActionsImport(Progress.SILENT).fetch(new GithubActionsRequest(
                    URI.create(s.base()), "octo/nope", Optional.empty(), Optional.empty(), 10, Optional.empty())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("GitHub: GET " + s.base() + "/repos/octo/nope/actions/runs?per_page=100&status=completed answered HTTP 404")
                    .hasMessageEndingWith(": Not Found");
        }
    }

    @Test
    void aServerThatIsNotThereIsBadInput() {
        LocalServer gone = new LocalServer(r -> LocalServer.Answer.json("{}"));
        String base = gone.base();
        gone.close();
        assertThatThrownBy(() -> new GithubActionsImport(Progress.SILENT).fetch(new GithubActionsRequest(URI.create(base),
                "octo/shop", Optional.empty(), Optional.empty(), 10, Optional.empty())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("cannot connect to " + base);
    }
}
