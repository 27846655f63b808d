package io.mlgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.engine.buildrisk.SyntheticProject;
import io.mlgate.engine.buildrisk.history.CiBuild;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The build-risk commands end to end through {@link Main#run}, on a project whose answer is known. */
class CliBuildriskTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static SyntheticProject project;
    static Path history;
    static Path policy;

    @BeforeAll
    static void trainOnce() {
        project = SyntheticProject.create(dir, 120);
        history = dir.resolve("ci/history.csv");
        policy = Files2.write(dir, "mlgate.yml", "version: 1", "buildrisk:", "  history: ci/history.csv",
                "  model: ci/model", "  actions:", "    - {min: 0.5, action: block}", "    - {min: 0.2, action: request_review}");
        CliRun imp = CliRun.of("buildrisk", "import", "--history", history.toString(), "--from", project.history.toString(),
                "--out", dir.resolve("r-import").toString(), "-q");
        assertThat(imp.code()).as(imp.err()).isZero();
        CliRun train = CliRun.of("buildrisk", "train", "--policy", policy.toString(), "--repo", project.repo.toString(),
                "--out", dir.resolve("r-train").toString(), "-q");
        assertThat(train.code()).as(train.err()).isZero();
    }

    private static JsonNode report(String out) throws Exception {
        return JSON.readTree(Files.readString(dir.resolve(out).resolve("mlgate-report.json")));
    }

    @Test
    void importAndTrainWriteTheHistoryTheModelAndTheirReports() throws Exception {
        assertThat(Files.readAllLines(history)).hasSize(121);
        assertThat(dir.resolve("ci/model/model.tribuo")).isRegularFile();
        JsonNode card = JSON.readTree(Files.readString(dir.resolve("ci/model/model-card.json")));
        assertThat(card.path("training").path("builds").asInt()).isEqualTo(120);
        assertThat(card.path("settings").path("seed").asLong()).isEqualTo(42);
        JsonNode r = report("r-train");
        assertThat(r.path("sections").get(0).path("kind").asText()).isEqualTo("buildrisk-model");
        assertThat(report("r-import").path("sections").get(0).path("data").path("added").asInt()).isEqualTo(120);
        // the previous-outcome baseline on the validation builds, beside the chosen family, in the card and a check
        JsonNode baseline = card.path("validation").path("previous_outcome_baseline");
        JsonNode chosen = card.path("validation").path("alarms_in_time_order");
        assertThat(baseline.path("builds").asInt()).isEqualTo(chosen.path("builds").asInt()).isPositive();
        assertThat(chosen.path("roc_auc").isNull()).as("alarms only, no scores").isTrue();
        JsonNode beats = r.path("checks").get(1);
        assertThat(beats.path("id").asText()).isEqualTo("beats-baseline");
        // the model's calls are the related-outcome rule's (the default), and they are what is held against the baseline
        JsonNode rule = card.path("validation").path("related_outcome_rule");
        assertThat(card.path("decision_rule").asText()).isEqualTo("related_outcome");
        assertThat(rule.path("builds").asInt()).isEqualTo(baseline.path("builds").asInt());
        assertThat(beats.path("status").asText()).isEqualTo(
                rule.path("f1").asDouble() > baseline.path("f1").asDouble() ? "PASS" : "WARN");
        assertThat(r.path("status").asText()).isEqualTo(beats.path("status").asText());
        // the calibration's grouping, in the card and in words
        JsonNode calibration = card.path("calibration");
        assertThat(calibration.path("grouped_by").asText()).isIn("previous_build_broken", "related_outcome_call");
        assertThat(calibration.path("method").asText()).isEqualTo(calibration.path("grouped_by").asText()
                .equals("previous_build_broken") ? "platt-by-previous-outcome" : "platt-by-related-outcome-rule");
        assertThat(Files.readString(dir.resolve("r-train/mlgate-summary.md"))).contains("probabilities calibrated "
                + "(Platt scaling, within the groups of " + (calibration.path("grouped_by").asText()
                .equals("previous_build_broken") ? "the previous build's outcome" : "the related-outcome rule's call")
                + ")");
        // what moves the risks, in the card (every feature that moved one) and the report (the first ten)
        JsonNode influence = card.path("influence");
        assertThat(influence.path("builds").asInt()).isEqualTo(120);
        assertThat(influence.path("features").size()).isPositive();
        double first = influence.path("features").get(0).path("mean_effect").asDouble();
        influence.path("features").forEach(f -> assertThat(f.path("mean_effect").asDouble()).isBetween(0.0, first));
        assertThat(Files.readString(dir.resolve("r-train/mlgate-summary.md"))).contains("What moves the risks: over the "
                + "last 120 training builds").contains("| " + influence.path("features").get(0).path("feature").asText()
                .replace("_", "\\_") + " | ");
    }

    @Test
    void predictScoresACommitThatTouchesTheBuildAndThePolicyBlocksIt() throws Exception {
        String risky;
        String safe;
        try (GitFixture g = GitFixture.open(project.repo)) {
            // both change the last built commit: one on a topic branch, one on master
            Instant t = project.builds.get(project.builds.size() - 1).startedAt().orElseThrow().plusSeconds(3600);
            g.branch("topic");
            safe = g.commit("ann", t, GitFixture.files("src/main/java/App1.java", GitFixture.lines(0, 140)));
            g.checkout("master");
            risky = g.commit("ann", t.plusSeconds(60), GitFixture.files("pom.xml", "<project>\n<version>999</version>\n</project>\n"));
        }
        CliRun block = CliRun.of("buildrisk", "predict", "--policy", policy.toString(), "--repo", project.repo.toString(),
                "--commit", risky, "--time", "2024-03-20T10:00:00Z", "--out", dir.resolve("r-risky").toString());
        assertThat(block.code()).as(block.err()).isEqualTo(1);
        assertThat(block.out()).contains("Risk of a broken build:", "Action: block the build", "What raises it:");
        JsonNode s = report("r-risky").path("sections").get(0);
        assertThat(s.path("kind").asText()).isEqualTo("buildrisk");
        assertThat(s.path("data").path("risk").asDouble()).isGreaterThanOrEqualTo(0.5);
        assertThat(s.path("data").path("action").asText()).isEqualTo("block");
        assertThat(s.path("data").path("figures").path("risk").asDouble()).isEqualTo(s.path("data").path("risk").asDouble());
        assertThat(s.path("data").path("figures").path("action").asText()).isEqualTo("block");
        // engine time: by phase in the report, from main() to the reports written on stderr
        assertThat(s.path("data").path("timing").path("phases").findValuesAsText("phase"))
                .containsExactly("policy", "history", "git and model", "features", "score and explain");
        assertThat(s.path("data").path("timing").path("wall_ms").asLong()).isNotNegative();
        assertThat(block.err()).containsPattern("mlgate: engine time \\d+ ms from main\\(\\) to reports written");
        // in this project "touches pom.xml", "adds 1 line" and "changes no source file" tell the same; the model may
        // lean on any of them, and the summary says which in words
        List<String> factors = s.path("data").path("factors").findValuesAsText("feature");
        assertThat(factors).containsAnyOf("touches_build_config", "lines_added", "source_files");
        assertThat(Files.readString(dir.resolve("r-risky/mlgate-summary.md")))
                .containsAnyOf("touches build configuration: pom.xml", "adds 1 line", "changes no source files");

        CliRun pass = CliRun.of("buildrisk", "predict", "--policy", policy.toString(), "--repo", project.repo.toString(),
                "--commit", safe, "--branch", "master", "--time", "2024-03-20T10:00:00Z", "--format", "json",
                "--out", dir.resolve("r-safe").toString(), "-q");
        assertThat(pass.code()).as(pass.err()).isZero();
        assertThat(JSON.readTree(pass.out()).path("sections").get(0).path("data").path("risk").asDouble()).isLessThan(0.2);
    }

    @Test
    void inAShallowClonePredictGivesTheFullClonesRiskOrSaysWhatToFetch() throws Exception {
        String head;
        try (var git = io.mlgate.engine.buildrisk.features.GitRepo.openForOneBuild(project.repo)) {
            head = git.head().orElseThrow();
        }
        String[] predict = {"buildrisk", "predict", "--policy", policy.toString(), "--branch", "master", "--commit", head,
                "--time", "2024-03-20T10:00:00Z", "--format", "json", "-q", "--out"};
        CliRun inFull = CliRun.of(concat(predict, dir.resolve("r-full").toString(), "--repo", project.repo.toString()));
        Path deep = GitFixture.shallowClone(project.repo, dir.resolve("shallow-40"), "master", 40);
        CliRun inDeep = CliRun.of(concat(predict, dir.resolve("r-deep").toString(), "--repo", deep.toString()));
        assertThat(inDeep.code()).as(inDeep.err()).isEqualTo(inFull.code()).isNotEqualTo(2);
        JsonNode full = JSON.readTree(inFull.out()).path("sections").get(0).path("data");
        JsonNode shallow = JSON.readTree(inDeep.out()).path("sections").get(0).path("data");
        assertThat(shallow.path("risk").asDouble()).isEqualTo(full.path("risk").asDouble());
        assertThat(full.path("features").size()).isGreaterThan(10);
        assertThat(shallow.path("features")).isEqualTo(full.path("features"));

        Path one = GitFixture.shallowClone(project.repo, dir.resolve("shallow-1"), "master", 1);
        Path out = dir.resolve("r-one");
        CliRun bad = CliRun.of(concat(predict, out.toString(), "--repo", one.toString()));
        assertThat(bad.code()).as(bad.err()).isEqualTo(2);
        assertThat(bad.errors().lines()).as(bad.err()).hasSize(1);
        assertThat(bad.errors()).startsWith("mlgate: error: " + one + " is a shallow clone")
                .contains("actions/checkout with fetch-depth: 0");
        assertThat(out).as("no report after bad input").doesNotExist();
    }

    @Test
    void inAGithubPullRequestPredictAndRecordTakeTheBuildFromTheEnvironment() throws Exception {
        String head;
        try (var git = io.mlgate.engine.buildrisk.features.GitRepo.openForOneBuild(project.repo)) {
            head = git.head().orElseThrow();
        }
        Path payload = Files.writeString(dir.resolve("event.json"), "{\"pull_request\":{\"number\":5,\"head\":{\"sha\":\""
                + head + "\"}}}");
        java.util.Map<String, String> env = java.util.Map.of("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "6001",
                "GITHUB_EVENT_NAME", "pull_request", "GITHUB_BASE_REF", "master", "GITHUB_REF", "refs/pull/5/merge",
                "GITHUB_SHA", "1".repeat(40), "GITHUB_EVENT_PATH", payload.toString());
        CiBuild ci = CiBuild.of(env);
        assertThat(ci.commit()).contains(head);
        CliRun predict = CliRun.withEnv(env, "buildrisk", "predict", "--policy", policy.toString(), "--repo",
                project.repo.toString(), "--time", "2024-03-20T10:00:00Z", "--out", dir.resolve("r-env").toString());
        assertThat(predict.code()).as(predict.err()).isNotEqualTo(2);
        assertThat(predict.err()).contains("mlgate: from the CI environment (GitHub Actions): branch master, pull request 5");
        JsonNode data = report("r-env").path("sections").get(0).path("data");
        assertThat(data.path("branch").asText()).isEqualTo("master");
        assertThat(data.path("pull_request").asBoolean()).isTrue();

        Path h = dir.resolve("buildrisk-record/run.csv");   // a folder of its own, as the GitHub example's artifact
        CliRun record = CliRun.withEnv(env, "buildrisk", "record", "--history", h.toString(), "--repo",
                project.repo.toString(), "--status", "failure", "--out", dir.resolve("r-env-record").toString());
        assertThat(record.code()).as(record.err()).isZero();
        assertThat(record.err()).contains("mlgate: from the CI environment (GitHub Actions): id 6001, commit " + head
                + ", branch master, pull request 5, event pull_request");
        assertThat(record.err()).contains("; the history holds 1 build\n");
        assertThat(Files.readAllLines(h)).element(1).asString().startsWith("6001," + head + ",master,failed,")
                .endsWith(",5,pull_request");
        // an option given wins over the environment
        CliRun given = CliRun.withEnv(env, "buildrisk", "record", "--history", h.toString(), "--repo",
                project.repo.toString(), "--status", "success", "--id", "6002", "--branch", "release", "-q",
                "--out", dir.resolve("r-env-given").toString());
        assertThat(given.code()).as(given.err()).isZero();
        assertThat(Files.readAllLines(h)).element(2).asString().startsWith("6002," + head + ",release,passed,");
        // what the environment leaves open and no option gives is bad input, and the history is left as it was
        CliRun open = CliRun.withEnv(java.util.Map.of("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "6003",
                "GITHUB_EVENT_NAME", "push"), "buildrisk", "record", "--history", h.toString(), "--repo",
                project.repo.toString(), "--status", "success", "--out", dir.resolve("r-env-open").toString());
        assertThat(open.code()).isEqualTo(2);
        assertThat(open.errors()).isEqualTo("mlgate: error: --branch: not given, and the CI environment (GitHub Actions) "
                + "does not name the build's branch\n");
        assertThat(Files.readAllLines(h)).hasSize(3);
        // CircleCI names no pipeline number: the error says what to pass
        CliRun circle = CliRun.withEnv(java.util.Map.of("CIRCLECI", "true", "CIRCLE_SHA1", head, "CIRCLE_BRANCH",
                "main"), "buildrisk", "record", "--history", h.toString(), "--repo", project.repo.toString(), "--status",
                "success", "--out", dir.resolve("r-env-circle").toString());
        assertThat(circle.code()).isEqualTo(2);
        assertThat(circle.errors()).isEqualTo("mlgate: error: --id: not given, and the CI environment (CircleCI) does not "
                + "name the build's id; in a CircleCI job pass --id << pipeline.number >>, the number import --circleci "
                + "gives the pipeline\n");
        CliRun circleWithId = CliRun.withEnv(java.util.Map.of("CIRCLECI", "true", "CIRCLE_SHA1", head, "CIRCLE_BRANCH",
                "main"), "buildrisk", "record", "--history", h.toString(), "--repo", project.repo.toString(), "--status",
                "success", "--id", "412", "-q", "--out", dir.resolve("r-env-circle-id").toString());
        assertThat(circleWithId.code()).as(circleWithId.err()).isZero();
        assertThat(Files.readAllLines(h)).element(3).asString().startsWith("412," + head + ",main,passed,");
    }

    private static String[] concat(String[] head, String... tail) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(head), java.util.Arrays.stream(tail))
                .toArray(String[]::new);
    }

    @Test
    void evaluateReportsTheModelBesideTheBaseline() throws Exception {
        CliRun r = CliRun.of("buildrisk", "evaluate", "--history", project.history.toString(), "--repo", project.repo.toString(),
                "--split", "time:0.7", "--calls", "replay", "--out", dir.resolve("r-eval").toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("previous-outcome baseline", "could have been skipped");
        JsonNode d = report("r-eval").path("sections").get(0).path("data");
        assertThat(d.path("baseline").path("f1").asDouble()).isZero();
        assertThat(d.path("beats_baseline").asBoolean()).isTrue();
        assertThat(d.path("decision_rule").asText()).as("its alarms beat the rule's here").isEqualTo("threshold");
    }

    @Test
    void trainAveragesAsManyMembersAsAsked() throws Exception {
        CliRun r = CliRun.of("buildrisk", "train", "--history", history.toString(), "--repo", project.repo.toString(),
                "--members", "2", "--calls", "threshold", "--model", dir.resolve("model-2").toString(), "--out",
                dir.resolve("r-2").toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode card = JSON.readTree(Files.readString(dir.resolve("model-2/model-card.json")));
        assertThat(card.path("settings").path("seeds_averaged").asInt()).isEqualTo(2);
        assertThat(card.path("settings").path("calls").asText()).isEqualTo("threshold");
        assertThat(card.path("decision_rule").asText()).isEqualTo("threshold");
        assertThat(report("r-2").path("checks").get(1).path("message").asText())
                .startsWith("the model's calls (by its threshold) ");
        assertThat(card.path("scorer").path("kind").asText()).isEqualTo("average of 2 linear and 2 trees");
    }

    @Test
    void aRetrainingBlockOfNoBuildsIsBadInput() throws Exception {
        CliRun r = CliRun.of("buildrisk", "evaluate", "--history", project.history.toString(), "--repo",
                project.repo.toString(), "--retrain-every", "0", "--out", dir.resolve("r-roll0").toString(), "-q");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("mlgate: error: --retrain-every: expected a number of builds of at least 1, got 0");
        assertThat(dir.resolve("r-roll0")).doesNotExist();
    }

    @Test
    void recordAppendsTheEndingBuildAndFeaturesExportsCsv() throws Exception {
        Path h = dir.resolve("record.csv");
        Files.copy(project.history, h);
        CliRun r = CliRun.of("buildrisk", "record", "--history", h.toString(), "--id", "5000", "--commit", project.head,
                "--branch", "master", "--status", "FAILURE", "--duration", "90", "--out", dir.resolve("r-rec").toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readAllLines(h)).hasSize(122).last().asString()
                .startsWith("5000," + project.head.substring(0, 7)).contains(",master,failed,").endsWith(",90,,")
                .as("started 90 s ago, to the second").containsPattern(",failed,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,90,");
        assertThat(Files.readString(h)).as("the rows already there keep their bytes")
                .startsWith(Files.readString(project.history));
        Path csv = dir.resolve("features.csv");
        CliRun f = CliRun.of("buildrisk", "features", "--history", project.history.toString(), "--repo", project.repo.toString(),
                "-o", csv.toString(), "--out", dir.resolve("r-feat").toString(), "-q");
        assertThat(f.code()).as(f.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(121).first().asString().startsWith("id,commit,branch,status,files_changed,");
    }

    /** predict, then record with its risk, then monitor: the recorded build is the one the monitor counts. */
    @Test
    void monitorCountsTheBuildsRecordedWithThePredictedRisk() throws Exception {
        Path h = dir.resolve("monitored.csv");
        Files.copy(history, h);
        CliRun p = CliRun.of("buildrisk", "predict", "--policy", policy.toString(), "--history", h.toString(), "--repo",
                project.repo.toString(), "--commit", project.head, "--branch", "master", "--out",
                dir.resolve("r-mon-predict").toString(), "-q");
        assertThat(p.code()).as(p.err()).isIn(0, 1);
        String risk = report("r-mon-predict").path("sections").get(0).path("data").path("risk").asText();
        CliRun rec = CliRun.of("buildrisk", "record", "--history", h.toString(), "--id", "6000", "--commit", project.head,
                "--branch", "master", "--status", "FAILURE", "--risk", risk, "--out", dir.resolve("r-mon-rec").toString(), "-q");
        assertThat(rec.code()).as(rec.err()).isZero();
        CliRun m = CliRun.of("buildrisk", "monitor", "--policy", policy.toString(), "--history", h.toString(), "--out",
                dir.resolve("r-mon").toString(), "-q");
        assertThat(m.code()).as(m.err()).isZero();
        JsonNode section = report("r-mon").path("sections").get(0);
        assertThat(section.path("kind").asText()).isEqualTo("buildrisk-monitor");
        assertThat(section.path("data").path("recorded_risks").path("builds").asInt()).isEqualTo(1);
        assertThat(section.path("data").path("calibration").path("expected_broken").asDouble())
                .isEqualTo(Double.parseDouble(risk), org.assertj.core.api.Assertions.within(1e-6));
        // the policy's thresholds are among the cut-offs
        assertThat(section.path("data").path("operating_points").findValuesAsText("min_risk")).contains("0.5", "0.2");
    }
}
