package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.run.ImportRun;
import io.mlgate.engine.buildrisk.run.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

    private static final String RECORD_HEADER = "id,commit,branch,status,started_at,duration,pull_request,event,risk\n";

    /** A zip archive holding {@code name} with {@code text}, as actions/upload-artifact stores a file. */
    private static byte[] zip(String name, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String artifact(long id, long run, boolean expired) {
        return "{\"id\": " + id + ", \"name\": \"buildrisk-record\", \"expired\": " + expired
                + ", \"archive_download_url\": \"{base}/repos/octo/shop/actions/artifacts/" + id + "/zip\", "
                + "\"workflow_run\": {\"id\": " + run + ", \"head_branch\": \"x\"}}";
    }

    /**
     * Runs recorded their risks into artifacts (a pull request's run cannot write main's cached history): the
     * import takes each wanted run's newest artifact, follows GitHub's redirect to storage without the token, and
     * leaves out an expired one, naming it; runs the history already has a risk for are not looked up.
     */
    @Test
    void takesTheRisksRunsRecordedInTheirArtifacts(@TempDir Path dir) throws Exception {
        byte[] newest = zip("run.csv", RECORD_HEADER + "203," + B + ",main,passed,2024-05-01T10:00:00Z,,17,pull_request,0.31\n");
        byte[] older = zip("run.csv", RECORD_HEADER + "203," + B + ",main,passed,2024-05-01T10:00:00Z,,17,pull_request,0.99\n");
        String list = "{\"total_count\": 4, \"artifacts\": [" + artifact(9, 203, false) + "," + artifact(8, 203, false)
                + "," + artifact(7, 204, true) + "," + artifact(6, 999, false) + "]}";
        Path history = dir.resolve("history.csv");
        try (LocalServer s = new LocalServer(r -> switch (r.path()) {
            case "/repos/octo/shop/actions/workflows/ci.yml/runs" -> LocalServer.Answer.json(PAGE1);
            case "/repos/octo/shop/actions/artifacts" -> LocalServer.Answer.json(list);
            case "/repos/octo/shop/actions/artifacts/9/zip" -> LocalServer.Answer.redirect("{base}/blob/9?sig=s1gned");
            case "/blob/9" -> LocalServer.Answer.bytes(newest);
            case "/blob/8" -> LocalServer.Answer.bytes(older);
            default -> new LocalServer.Answer(404, "{\"message\": \"Not Found\"}", Map.of());
        })) {
            GateReport report = new ImportRun(Progress.SILENT).run(new ImportSource.Github(new GithubActionsRequest(
                    URI.create(s.base()), "octo/shop", Optional.of("ci.yml"), Optional.empty(), 100,
                    Optional.of("t0ken"), Optional.of("buildrisk-record"))), history);
            assertThat(s.requests).extracting(LocalServer.Request::path).containsExactly(
                    "/repos/octo/shop/actions/workflows/ci.yml/runs", "/repos/octo/shop/actions/artifacts",
                    "/repos/octo/shop/actions/artifacts/9/zip", "/blob/9");
            assertThat(s.requests.get(1).query()).isEqualTo("per_page=100&name=buildrisk-record");
            assertThat(s.requests.get(2).authorization()).isEqualTo("Bearer t0ken");
            assertThat(s.requests.get(3).authorization()).as("the token stays with GitHub").isNull();
            assertThat(s.requests.get(3).query()).isEqualTo("sig=s1gned");
            JsonNode data = report.sections().get(0).data();
            assertThat(data.path("risks_from_artifacts").toString()).isEqualTo("{\"artifact\":\"buildrisk-record\","
                    + "\"runs_without_risk\":2,\"risks_taken\":1,\"unreadable\":[\"run 204, artifact 7: expired\"]}");
            assertThat(report.checks().get(0).message()).endsWith(" Risks from the artifacts named buildrisk-record: 1 of "
                    + "the 2 runs the history held without one (1 artifact without a risk: run 204, artifact 7: expired).");
        }
        assertThat(HistoryReader.read(history).builds()).extracting(b -> b.id() + " " + b.risk())
                .containsExactly("203 OptionalDouble[0.31]", "204 OptionalDouble.empty");

        // again, with 204's risk recorded meanwhile: nothing is wanted, nothing listed or downloaded
        Files.writeString(history, Files.readString(history).replace("push,", "push,0.2"));
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json(PAGE1))) {
            new ImportRun(Progress.SILENT).run(new ImportSource.Github(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.of("ci.yml"), Optional.empty(), 100, Optional.empty(),
                    Optional.of("buildrisk-record"))), history);
            assertThat(s.requests).extracting(LocalServer.Request::path)
                    .containsExactly("/repos/octo/shop/actions/workflows/ci.yml/runs");
        }
        assertThat(HistoryReader.read(history).builds()).extracting(b -> b.id() + " " + b.status().historyName() + " " + b.risk())
                .containsExactly("203 passed OptionalDouble[0.31]", "204 failed OptionalDouble[0.2]");
    }

    /** An artifact that gives no risk is named with what it lacked; the import goes on. */
    @Test
    void anArtifactWithoutARiskIsNamedNotFatal() throws Exception {
        byte[] noRisk = zip("run.csv", RECORD_HEADER + "204," + A + ",main,failed,2024-05-01T10:00:00Z,,,push,\n");
        byte[] otherRun = zip("x/run.jsonl", "{\"id\": \"555\", \"commit\": \"" + A + "\", \"branch\": \"main\", "
                + "\"status\": \"failed\", \"started_at\": \"2024-05-01T10:00:00Z\", \"risk\": 0.5}\n");
        String list = "{\"artifacts\": [" + artifact(9, 203, false) + "," + artifact(8, 204, false) + "]}";
        try (LocalServer s = new LocalServer(r -> switch (r.path()) {
            case "/repos/octo/shop/actions/artifacts" -> LocalServer.Answer.json(list);
            case "/repos/octo/shop/actions/artifacts/9/zip" -> LocalServer.Answer.bytes(otherRun);
            case "/repos/octo/shop/actions/artifacts/8/zip" -> LocalServer.Answer.bytes(noRisk);
            default -> LocalServer.Answer.json(PAGE1);
        })) {
            ImportResult r = new GithubActionsImport(Progress.SILENT).fetch(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.empty(), Optional.empty(), 100, Optional.empty(), Optional.of("buildrisk-record")));
            assertThat(r.builds()).allSatisfy(b -> assertThat(b.risk()).isEmpty());
            assertThat(r.artifactRisks().orElseThrow().unreadable()).containsExactly(
                    "run 203, artifact 9: no history row with id 203 in the archive",
                    "run 204, artifact 8: run.csv: the row of run 204 has no risk");
        }
        try (LocalServer s = new LocalServer(r -> r.path().endsWith("/zip") ? LocalServer.Answer.bytes(
                "not a zip".getBytes(StandardCharsets.UTF_8)) : r.path().endsWith("/artifacts")
                ? LocalServer.Answer.json("{\"artifacts\": [" + artifact(9, 203, false) + "]}") : LocalServer.Answer.json(PAGE1))) {
            ImportResult r = new GithubActionsImport(Progress.SILENT).fetch(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.empty(), Optional.empty(), 100, Optional.empty(), Optional.of("buildrisk-record")));
            assertThat(r.artifactRisks().orElseThrow().unreadable())
                    .containsExactly("run 203, artifact 9: not a zip archive with a file in it");
        }
        // too large to be a recorded row: not downloaded; storage refusing a signed URL: named without its signature
        String big = artifact(9, 203, false).replace("\"expired\"", "\"size_in_bytes\": 5000000, \"expired\"");
        try (LocalServer s = new LocalServer(r -> switch (r.path()) {
            case "/repos/octo/shop/actions/artifacts" -> LocalServer.Answer.json("{\"artifacts\": [" + big + ","
                    + artifact(8, 204, false) + "]}");
            case "/repos/octo/shop/actions/artifacts/8/zip" -> LocalServer.Answer.redirect("{base}/blob/8?sig=s3cret");
            case "/blob/8" -> new LocalServer.Answer(403, "<Error>AuthenticationFailed</Error>", Map.of());
            default -> LocalServer.Answer.json(PAGE1);
        })) {
            ImportResult r = new GithubActionsImport(Progress.SILENT).fetch(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.empty(), Optional.empty(), 100, Optional.empty(), Optional.of("buildrisk-record")));
            assertThat(r.artifactRisks().orElseThrow().unreadable()).containsExactly(
                    "run 203, artifact 9: 5000000 bytes; a recorded run's file holds one row",
                    "run 204, artifact 8: GitHub: GET " + s.base() + "/blob/8 answered HTTP 403 (a storage URL that 127.0.0.1 "
                            + "redirected to)");
            assertThat(s.requests).extracting(LocalServer.Request::path).doesNotContain(
                    "/repos/octo/shop/actions/artifacts/9/zip");
        }
    }

    /** Many downloads say how far they got. */
    @Test
    void manyArtifactsSayHowFarTheDownloadsGot() throws Exception {
        StringBuilder runs = new StringBuilder("{\"workflow_runs\": [");
        StringBuilder artifacts = new StringBuilder("{\"artifacts\": [");
        for (int i = 0; i < 30; i++) {
            runs.append(i == 0 ? "" : ",").append(run(1000 + i, A, "main", "completed", "success", "push", "[]"));
            artifacts.append(i == 0 ? "" : ",").append(artifact(5000 + i, 1000 + i, false));
        }
        String runList = runs.append("]}").toString();
        String artifactList = artifacts.append("]}").toString();
        try (LocalServer s = new LocalServer(r -> {
            if (r.path().endsWith("/zip")) {
                String run = Integer.toString(Integer.parseInt(r.path().replaceAll("\\D+(\\d+)/zip", "$1")) - 4000);
                try {
                    return LocalServer.Answer.bytes(zip("run.csv", RECORD_HEADER + run + "," + A
                            + ",main,passed,2024-05-01T10:00:00Z,,,push,0.5\n"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return LocalServer.Answer.json(r.path().endsWith("/artifacts") ? artifactList : runList);
        })) {
            List<String> lines = new ArrayList<>();
            ImportResult r = new GithubActionsImport(lines::add).fetch(new GithubActionsRequest(URI.create(s.base()),
                    "octo/shop", Optional.empty(), Optional.empty(), 100, Optional.empty(), Optional.of("buildrisk-record")));
            assertThat(r.builds()).hasSize(30).allSatisfy(b -> assertThat(b.risk()).hasValue(0.5));
            assertThat(lines).containsSubsequence("GitHub Actions: 30 artifacts named buildrisk-record listed",
                    "GitHub Actions: 25 of 30 artifacts read", "GitHub Actions: risks of 30 runs read from their artifacts");
        }
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
