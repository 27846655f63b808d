package io.mlgate.cli;

import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Build-risk bad input: exit 2, one line naming the file (and line) or option, and no report written. */
class CliBuildriskBadInputTest {
    @TempDir
    static Path dir;
    static Path repo;
    static String sha;

    @BeforeAll
    static void repo() {
        repo = dir.resolve("repo");
        try (GitFixture g = GitFixture.init(repo)) {
            sha = g.commit("ann", GitFixture.T0, GitFixture.files("a.txt", "a\n"));
        }
    }

    private static String rejects(String... args) {
        Path out = dir.resolve("reports");
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--out", out.toString())).toArray(String[]::new);
        CliRun r = CliRun.of(all);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        String errors = r.errors();
        assertThat(errors.lines()).as(r.err()).hasSize(1);
        assertThat(errors).startsWith("mlgate: error: ").doesNotContain("Exception", "\tat ");
        assertThat(out).as("no report after bad input").doesNotExist();
        return errors.strip();
    }

    @Test
    void missingHistoryFile() {
        Path none = dir.resolve("none.csv");
        assertThat(rejects("buildrisk", "evaluate", "--history", none.toString(), "--repo", repo.toString()))
                .isEqualTo("mlgate: error: " + none + ": file not found");
        assertThat(rejects("buildrisk", "train", "--repo", repo.toString(), "--model", dir.resolve("m").toString()))
                .isEqualTo("mlgate: error: no build history: pass --history FILE or set buildrisk.history in mlgate.yml");
    }

    @Test
    void badStatusValueWithItsLine() {
        Path h = Files2.write(dir, "bad.csv", "id,commit,branch,status,started_at", "1," + sha + ",master,passed,",
                "2," + sha + ",master,broken-ish,");
        assertThat(rejects("buildrisk", "import", "--history", dir.resolve("h.csv").toString(), "--from", h.toString()))
                .startsWith("mlgate: error: " + h + ":3: column 'status': unknown status 'broken-ish'; expected one of passed, ");
        assertThat(dir.resolve("h.csv")).doesNotExist();
        assertThat(rejects("buildrisk", "record", "--history", dir.resolve("h.csv").toString(), "--id", "9", "--commit", sha,
                "--branch", "master", "--status", "green"))
                .startsWith("mlgate: error: --status: unknown status 'green'; expected one of passed, ");
        assertThat(rejects("buildrisk", "record", "--history", dir.resolve("h.csv").toString(), "--id", "9", "--commit", sha,
                "--branch", "master", "--status", "passed", "--risk", "38%"))
                .isEqualTo("mlgate: error: --risk: expected the risk predict gave the build, a probability from 0 to 1, "
                        + "or nothing; got '38%'");
        assertThat(dir.resolve("h.csv")).doesNotExist();
        assertThat(rejects("buildrisk", "monitor", "--history", h.toString(), "--model", dir.toString(), "--since",
                "last week")).isEqualTo("mlgate: error: --since: 'last week' is not an ISO-8601 time such as "
                + "2026-11-22T09:30:00Z");
    }

    /** The history mlgate keeps is CSV; written under a JSON-lines name it would not read back. */
    @Test
    void aHistoryNamedAsJsonLinesIsNotWrittenAsCsv() throws Exception {
        Path jsonl = Files2.write(dir, "h.jsonl", "{\"id\": \"1\", \"commit\": \"" + sha + "\", \"branch\": \"master\", "
                + "\"status\": \"passed\", \"started_at\": \"2024-01-01T00:00:00Z\"}");
        String before = Files.readString(jsonl);
        String expected = "mlgate: error: " + jsonl + ": mlgate keeps a history as CSV, and a file of this name would "
                + "be read back as JSON lines; give a .csv file (buildrisk import --from h.jsonl --history history.csv "
                + "makes one from it)";
        assertThat(rejects("buildrisk", "record", "--history", jsonl.toString(), "--id", "9", "--commit", sha,
                "--branch", "master", "--status", "passed")).isEqualTo(expected);
        Path csv = Files2.write(dir, "more.csv", "id,commit,branch,status,started_at", "2," + sha + ",master,failed,");
        assertThat(rejects("buildrisk", "import", "--history", jsonl.toString(), "--from", csv.toString()))
                .isEqualTo(expected);
        assertThat(Files.readString(jsonl)).isEqualTo(before);
        assertThat(rejects("buildrisk", "record", "--history", dir.resolve("new.ndjson").toString(), "--id", "9",
                "--commit", sha, "--branch", "master", "--status", "passed")).contains("new.ndjson: mlgate keeps");
        assertThat(dir.resolve("new.ndjson")).doesNotExist();
    }

    @Test
    void unknownCommitAndNotARepository() {
        Path h = Files2.write(dir, "ok.csv", "id,commit,branch,status,started_at", "1," + sha + ",master,passed,");
        Path model = dir.resolve("model");
        assertThat(rejects("buildrisk", "record", "--history", dir.resolve("r.csv").toString(), "--id", "9",
                "--commit", "no-such-branch", "--repo", repo.toString(), "--branch", "master", "--status", "passed"))
                .isEqualTo("mlgate: error: " + repo + ": unknown commit 'no-such-branch'");
        assertThat(rejects("buildrisk", "features", "--history", h.toString(), "--repo", dir.toString(), "-o",
                dir.resolve("f.csv").toString())).isEqualTo("mlgate: error: " + dir + ": not a git repository");
        assertThat(rejects("buildrisk", "predict", "--history", h.toString(), "--repo", repo.toString(), "--model",
                model.toString())).startsWith("mlgate: error: " + model + ": not a build-risk model directory");
    }

    @Test
    void badPolicyAndOptions() {
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "buildrisk:", "  actions:", "    - {min: 0.5, action: alarm}");
        assertThat(rejects("buildrisk", "predict", "--policy", policy.toString(), "--repo", repo.toString()))
                .startsWith("mlgate: error: " + policy + ":4:26: buildrisk.actions[0].action: expected one of none, notify");
        assertThat(rejects("buildrisk", "evaluate", "--history", "h.csv", "--split", "random:0.7"))
                .isEqualTo("mlgate: error: --split: expected time:FRACTION with a fraction between 0 and 1, such as time:0.7; "
                        + "got 'random:0.7'");
        assertThat(rejects("buildrisk", "import", "--history", "h.csv", "--github", "not a repo"))
                .isEqualTo("mlgate: error: GitHub repository must be OWNER/NAME, got 'not a repo'");
        assertThat(rejects("buildrisk", "import", "--history", "h.csv", "--circleci", "acme/shop"))
                .isEqualTo("mlgate: error: CircleCI project must be its slug, gh/ORG/REPO, bb/ORG/REPO or "
                        + "circleci/ORG_ID/PROJECT_ID, got 'acme/shop'");
        assertThat(rejects("buildrisk", "import", "--history", "h.csv", "--from", "runs.csv", "--risks-from-artifact",
                "buildrisk-record")).isEqualTo("mlgate: error: --risks-from-artifact: only GitHub Actions runs have "
                + "artifacts; use it with --github");
        assertThat(rejects("buildrisk", "import", "--history", "h.csv", "--github", "octo/shop", "--risks-from-artifact",
                "risk/record")).isEqualTo("mlgate: error: artifact name must be non-empty and free of \" : < > | * ? \\ / "
                + "and line breaks (as actions/upload-artifact requires), got 'risk/record'");
        assertThat(rejects("buildrisk", "train", "--history", "h.csv", "--members", "0"))
                .isEqualTo("mlgate: error: --members: expected a whole number from 1 to 100, got 0");
        assertThat(rejects("buildrisk", "evaluate", "--history", "h.csv", "--calls", "always"))
                .isEqualTo("mlgate: error: --calls: expected rule, replay or threshold, got 'always'");
        assertThat(rejects("buildrisk", "predict", "--history", "h.csv", "--time", "tomorrow"))
                .startsWith("mlgate: error: --time: 'tomorrow' is not an ISO-8601 time");
    }

    @Test
    void tooFewBuildsToTrain() {
        Path h = Files2.write(dir, "short.csv", "id,commit,branch,status,started_at", "1," + sha + ",master,passed,",
                "2," + sha + ",master,failed,");
        assertThat(rejects("buildrisk", "train", "--history", h.toString(), "--repo", repo.toString(), "--model",
                dir.resolve("m2").toString())).startsWith("mlgate: error: too few builds to train on:");
    }
}
