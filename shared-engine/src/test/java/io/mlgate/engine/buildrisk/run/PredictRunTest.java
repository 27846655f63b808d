package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.GitFixture;
import io.mlgate.engine.buildrisk.SyntheticProject;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.engine.buildrisk.model.ModelSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Predict after builds were recorded since training: resuming from the model's saved replay state gives the
 * prediction a model without one gives (whole replay), and bad input still ends in one-line errors.
 */
class PredictRunTest {
    @TempDir
    static Path dir;
    static SyntheticProject project;
    static Path model;
    static Path modelWithoutState;
    static String head;
    static final Instant NOW = GitFixture.T0.plus(Duration.ofDays(30));

    @BeforeAll
    static void trainThenRecord() throws Exception {
        project = SyntheticProject.create(dir, 100);
        model = dir.resolve("model");
        new TrainRun(Progress.SILENT).run(new TrainRequest(Optional.empty(), Optional.of(project.history),
                project.repo, Optional.of(model), ModelSettings.defaults()));
        assertThat(Files.exists(model.resolve(ModelFiles.REPLAY))).isTrue();
        String[] shas = new String[3];
        try (GitFixture g = GitFixture.open(project.repo)) {
            shas[0] = g.commit("zoe", NOW.minus(Duration.ofHours(5)), GitFixture.files("pom.xml", "<project/>\n"));
            shas[1] = g.commit("ann", NOW.minus(Duration.ofHours(4)), GitFixture.files("src/main/java/App1.java", "x\n"));
            g.branch("next");
            head = g.commit("zoe", NOW.minus(Duration.ofHours(3)), GitFixture.files("pom.xml", "<project>\n</project>\n"));
            shas[2] = head;
        }
        String[][] recorded = {{"r1", shas[0], "master", "failed"}, {"r2", shas[1], "master", "passed"},
                {"r3", shas[2], "next", "errored"}};
        for (String[] r : recorded) {
            new RecordRun(Progress.SILENT).run(new RecordRequest(project.history, r[0], r[1], project.repo, r[2], r[3],
                    Optional.of(NOW.minus(Duration.ofHours(2))), OptionalLong.of(60), OptionalInt.empty(), Optional.empty()));
        }
        modelWithoutState = dir.resolve("model-without-state");
        Files.createDirectories(modelWithoutState);
        for (String f : new String[]{ModelFiles.MODEL, ModelFiles.SCORER}) {
            Files.copy(model.resolve(f), modelWithoutState.resolve(f));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode card = (ObjectNode) json.readTree(model.resolve(ModelFiles.CARD).toFile());
        card.remove("replay_state");
        json.writeValue(modelWithoutState.resolve(ModelFiles.CARD).toFile(), card);
    }

    private static PredictRequest request(Path repo, String commit, Path modelDir) {
        return new PredictRequest(Optional.empty(), Optional.of(project.history), repo, commit, Optional.of("master"),
                OptionalInt.empty(), Optional.of(NOW), Optional.of(modelDir), 3);
    }

    @Test
    void resumingFromTheSavedStatePredictsWhatTheWholeReplayPredicts() {
        List<String> steps = new ArrayList<>();
        GateReport resumed = new PredictRun(steps::add).run(request(project.repo, head, model));
        List<String> wholeSteps = new ArrayList<>();
        GateReport whole = new PredictRun(wholeSteps::add).run(request(project.repo, head, modelWithoutState));
        assertThat(steps).anyMatch(s -> s.startsWith("features: replaying the 3 builds after build 1099"));
        assertThat(wholeSteps).anyMatch(s -> s.startsWith("features: replaying all 103 builds"));
        JsonNode a = resumed.sections().get(0).data();
        JsonNode b = whole.sections().get(0).data();
        assertThat(a.path("features")).isEqualTo(b.path("features"));
        assertThat(a.path("risk").asDouble()).isEqualTo(b.path("risk").asDouble());
        assertThat(a.path("features").path("author_recent_builds").asInt()).as("zoe's r1 and r3").isEqualTo(2);
        assertThat(a.path("features").path("previous_build_broken").asInt()).as("r2 on master passed").isZero();
        JsonNode age = a.path("model_age");
        assertThat(age.path("builds_since").asInt()).as("r1-r3").isEqualTo(3);
        assertThat(age.path("builds_before").asInt()).isEqualTo(100);
        assertThat(age.path("p_value").asDouble()).as("too few builds since training to test").isEqualTo(1.0);
        assertThat(age.path("out_of_date").asBoolean()).isFalse();
        assertThat(a.path("figures").path("modelOutOfDate").isBoolean()).isTrue();
        assertThat(a.path("figures").path("modelOutOfDate").asBoolean()).isFalse();
        assertThat(a.path("figures").path("modelBehindBaseline").isBoolean()).isTrue();
        assertThat(a.path("figures").path("modelBehindBaseline").asBoolean()).as("no recorded risks").isFalse();
        assertThat(resumed.sections().get(0).markdown()).doesNotContain("out of date");
        JsonNode timing = a.path("timing");
        assertThat(timing.path("phases")).extracting(p -> p.path("phase").asText())
                .containsExactly("policy", "history", "git and model", "features", "score and explain");
        assertThat(timing.path("other_threads").findValuesAsText("work")).containsExactly("model", "change");
        assertThat(timing.path("cpu_ms").asLong()).as("the main thread's phases and the other threads' work")
                .isGreaterThanOrEqualTo(timing.path("other_threads").findValues("cpu_ms").stream().mapToLong(JsonNode::asLong).sum());
    }

    /**
     * The model's state marks the training rows' bytes: predict reads only the rows recorded since (risks added by
     * record --risk included) and predicts what reading the whole file predicts: the same file with Windows line
     * breaks, which the mark does not match, is read whole and resumed from the state by its builds' digest.
     */
    @Test
    void readingOnlyTheRowsSinceTrainingPredictsWhatReadingTheWholeFileDoes() throws Exception {
        Path risky = dir.resolve("tail-history.csv");
        Files.copy(project.history, risky);
        String[][] recorded = {{"t1", "failed", "0.7"}, {"t2", "failed", "0.4"}, {"t3", "passed", "0.05"}};
        for (String[] r : recorded) {
            new RecordRun(Progress.SILENT).run(new RecordRequest(risky, r[0], head, project.repo, "next", r[1],
                    Optional.of(NOW.minus(Duration.ofMinutes(30))), OptionalLong.of(60), OptionalInt.empty(),
                    Optional.empty(), Optional.of(r[2])));
        }
        Path crlf = dir.resolve("tail-history-crlf.csv");
        Files.writeString(crlf, Files.readString(risky).replace("\n", "\r\n"));
        List<String> tailSteps = new ArrayList<>();
        List<String> wholeSteps = new ArrayList<>();
        GateReport tail = new PredictRun(tailSteps::add).run(requestOn(risky, "next"));
        GateReport whole = new PredictRun(wholeSteps::add).run(requestOn(crlf, "next"));
        assertThat(tailSteps).anyMatch(s -> s.startsWith("features: replaying the 6 builds after build 1099 (the "
                + "model's saved state covers the 100 before, which were not read)"));
        assertThat(wholeSteps).anyMatch(s -> s.startsWith("history: reading every row: the history's first 100 rows "
                + "are not those the model's state covers"));
        assertThat(wholeSteps).anyMatch(s -> s.startsWith("features: replaying the 6 builds after build 1099 (the "
                + "model's saved state covers the 100 before)"));
        JsonNode a = tail.sections().get(0).data();
        JsonNode b = whole.sections().get(0).data();
        for (String key : new String[]{"features", "risk", "model_age", "recorded_risks", "factors", "action"}) {
            assertThat(a.path(key)).as(key).isEqualTo(b.path(key));
        }
        assertThat(a.path("recorded_risks").path("builds").asInt()).as("t1-t3").isEqualTo(3);
        assertThat(a.path("recorded_risks").path("baseline").path("alarms").asInt())
                .as("t1 follows r3 on next (errored), t2 follows t1, t3 follows t2").isEqualTo(3);
        assertThat(a.path("model_age").path("builds_since").asInt()).isEqualTo(6);
        assertThat(tail.provenance().inputFingerprints()).containsEntry(risky.toString(),
                io.mlgate.engine.io.Fingerprints.sha256(risky));
        assertThat(whole.provenance().inputFingerprints()).containsEntry(crlf.toString(),
                io.mlgate.engine.io.Fingerprints.sha256(crlf));
    }

    /** A model trained on a file whose rows cannot be marked (Windows line breaks) reads every row, and says why. */
    @Test
    void aModelTrainedOnAnUnmarkableFileReadsEveryRowAndSaysWhy() throws Exception {
        Path crlf = dir.resolve("trained-crlf.csv");
        Files.writeString(crlf, Files.readString(project.history).replace("\n", "\r\n"));
        Path crlfModel = dir.resolve("model-crlf");
        new TrainRun(Progress.SILENT).run(new TrainRequest(Optional.empty(), Optional.of(crlf), project.repo,
                Optional.of(crlfModel), ModelSettings.defaults()));
        assertThat(Files.readString(crlfModel.resolve(ModelFiles.REPLAY))).doesNotContain("history_prefix");
        List<String> steps = new ArrayList<>();
        GateReport r = new PredictRun(steps::add).run(new PredictRequest(Optional.empty(), Optional.of(crlf),
                project.repo, head, Optional.of("master"), OptionalInt.empty(), Optional.of(NOW), Optional.of(crlfModel), 3));
        assertThat(steps).contains("history: reading every row: the model's saved state marks none of its rows (the "
                + "file it was trained on was not one CSV row a line)");
        // the history had grown by r1-r3 before this training; the state stands after r3
        assertThat(steps).contains("features: replaying the 0 builds after build r3 (the model's saved state covers "
                + "the 103 before)");
        assertThat(r.sections().get(0).data().path("model_age").path("builds_before").asInt()).isEqualTo(103);
    }

    /** A rerun recorded over a training build changes the marked rows: the whole file is read and replayed. */
    @Test
    void aTrainingRowChangedSinceIsReadAndReplayedWhole() throws Exception {
        Path rerun = dir.resolve("rerun-history.csv");
        Files.copy(project.history, rerun);
        new RecordRun(Progress.SILENT).run(new RecordRequest(rerun, "1003", project.builds.get(3).commit(),
                project.repo, "master", "passed", Optional.of(NOW), OptionalLong.of(60), OptionalInt.empty(),
                Optional.empty()));
        List<String> steps = new ArrayList<>();
        GateReport r = new PredictRun(steps::add).run(requestOn(rerun, "master"));
        assertThat(steps).anyMatch(s -> s.startsWith("history: reading every row: the history's first 100 rows"));
        assertThat(steps).anyMatch(s -> s.startsWith("features: replaying all 103 builds (the model's saved state "
                + "does not apply: the history's first 100 builds changed since)"));
        GateReport withoutState = new PredictRun(Progress.SILENT).run(new PredictRequest(Optional.empty(),
                Optional.of(rerun), project.repo, head, Optional.of("master"), OptionalInt.empty(), Optional.of(NOW),
                Optional.of(modelWithoutState), 3));
        assertThat(r.sections().get(0).data().path("features"))
                .isEqualTo(withoutState.sections().get(0).data().path("features"));
    }

    private static PredictRequest requestOn(Path history, String branch) {
        return new PredictRequest(Optional.empty(), Optional.of(history), project.repo, head, Optional.of(branch),
                OptionalInt.empty(), Optional.of(NOW), Optional.of(model), 3);
    }

    /** When the builds since training break far more often than those before, the prediction says to retrain. */
    @Test
    void aModelWhoseHistoryNowBreaksFarMoreOftenIsCalledOutOfDate() throws Exception {
        Path grown = dir.resolve("grown-history.csv");
        StringBuilder lines = new StringBuilder(Files.readString(project.history));
        for (int i = 0; i < 25; i++) {
            lines.append("s").append(i).append(',').append(head).append(",master,failed,")
                    .append(NOW.minus(Duration.ofMinutes(60 - i))).append(",60,,push\n");
        }
        Files.writeString(grown, lines);
        PredictRequest req = new PredictRequest(Optional.empty(), Optional.of(grown), project.repo, head,
                Optional.of("master"), OptionalInt.empty(), Optional.of(NOW), Optional.of(model), 3);
        GateReport r = new PredictRun(Progress.SILENT).run(req);
        JsonNode age = r.sections().get(0).data().path("model_age");
        assertThat(age.path("builds_since").asInt()).isEqualTo(28);
        assertThat(age.path("broken_since").asInt()).as("r1, r3 and the 25 added").isEqualTo(27);
        assertThat(age.path("out_of_date").asBoolean()).isTrue();
        assertThat(r.sections().get(0).data().path("figures").path("modelOutOfDate").asBoolean()).isTrue();
        assertThat(age.path("p_value").asDouble()).isLessThan(1e-6);
        assertThat(r.sections().get(0).markdown()).contains("The model may be out of date: the 28 builds after the "
                + "last one it was trained on broke 96% of the time, against ");
        assertThat(r.checks().get(0).message()).contains("the model may be out of date", "retrain it");
    }

    /**
     * Builds recorded with the risk predict gave them ({@code record --risk}) give the live figures: the model's calls
     * and the baseline's on them. A rerun recorded without a risk keeps the first one; a risk outside 0-1 is bad
     * input that leaves the history as it was.
     */
    @Test
    void risksRecordedWithTheBuildsSinceTrainingShowHowTheModelsCallsDid() throws Exception {
        Path risky = dir.resolve("risky-history.csv");
        Files.copy(project.history, risky);
        String[][] recorded = {{"r4", "failed", "0.8"}, {"r5", "passed", "0.1"}, {"r6", "passed", " "}};
        List<String> messages = new ArrayList<>();
        for (String[] r : recorded) {
            messages.add(new RecordRun(Progress.SILENT).run(new RecordRequest(risky, r[0], head, project.repo, "master",
                    r[1], Optional.of(NOW.minus(Duration.ofMinutes(30))), OptionalLong.of(60), OptionalInt.empty(),
                    Optional.empty(), Optional.of(r[2]))).checks().get(0).message());
        }
        assertThat(messages.get(0)).contains(") failed with the risk 80% predict gave it; the history holds ");
        assertThat(messages.get(2)).doesNotContain("risk");
        // r5 rerun, recorded without its risk: the outcome changes, the risk stays
        new RecordRun(Progress.SILENT).run(new RecordRequest(risky, "r5", head, project.repo, "master", "failed",
                Optional.of(NOW.minus(Duration.ofMinutes(20))), OptionalLong.of(60), OptionalInt.empty(), Optional.empty()));
        List<String> lines = Files.readAllLines(risky);
        assertThat(lines.get(0)).endsWith(",event,risk");
        assertThat(lines).filteredOn(l -> l.startsWith("r")).extracting(l -> l.substring(l.lastIndexOf(',') + 1))
                .containsExactly("", "", "", "0.8", "0.1", "");
        String before = Files.readString(risky);
        assertThatThrownBy(() -> new RecordRun(Progress.SILENT).run(new RecordRequest(risky, "r7", head, project.repo,
                "master", "passed", Optional.empty(), OptionalLong.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.of("80%")))).isInstanceOf(BadInputException.class).hasMessage("--risk: expected the risk "
                + "predict gave the build, a probability from 0 to 1, or nothing; got '80%'");
        assertThat(Files.readString(risky)).isEqualTo(before);

        PredictRequest req = new PredictRequest(Optional.empty(), Optional.of(risky), project.repo, head,
                Optional.of("master"), OptionalInt.empty(), Optional.of(NOW), Optional.of(model), 3);
        GateReport r = new PredictRun(Progress.SILENT).run(req);
        JsonNode live = r.sections().get(0).data().path("recorded_risks");
        assertThat(live.path("builds").asInt()).as("r4 and r5").isEqualTo(2);
        assertThat(live.path("broken").asInt()).isEqualTo(2);
        assertThat(live.path("risk_sum").asDouble()).isEqualTo(0.9);
        assertThat(live.path("brier").asDouble()).as("(0.2² + 0.9²) / 2").isEqualTo(0.425);
        assertThat(live.path("enough").asBoolean()).isFalse();
        // r4 follows r2 on master (passed: the baseline does not call it), r5 follows r4 (broken: it does)
        assertThat(live.path("baseline").path("alarms").asInt()).isEqualTo(1);
        assertThat(live.path("baseline").path("recall").asDouble()).isEqualTo(0.5);
        assertThat(live.path("model").path("builds").asInt()).isEqualTo(2);
        assertThat(r.sections().get(0).markdown()).contains("Since its training, 2 builds were recorded with the risk "
                + "it gave and 2 of them broke, where the risks added up to 0.9: ");
        // without recorded risks there is nothing to say
        GateReport plain = new PredictRun(Progress.SILENT).run(request(project.repo, head, model));
        assertThat(plain.sections().get(0).data().has("recorded_risks")).isFalse();
        assertThat(plain.sections().get(0).markdown()).doesNotContain("Since its training");
    }

    /**
     * Twenty builds since training whose recorded risks point the wrong way (failing in pairs, so the baseline
     * catches every second one; the risks low for the broken builds, high for the passing ones): the prediction says
     * the model's calls are behind the baseline's, and to retrain.
     */
    @Test
    void callsBehindTheBaselinesSinceTrainingAreAWarningToRetrain() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean breaks = i % 4 < 2;
            rows.add("w" + i + "," + head + ",master," + (breaks ? "failed" : "passed") + ","
                    + NOW.minus(Duration.ofMinutes(60 - i)) + ",60,,push," + (breaks ? "0" : "0.99"));
        }
        Path wrong = withRisks("wrong-way-history.csv", rows);
        Path byThreshold = modelWithRule("model-by-threshold", "threshold");
        GateReport r = new PredictRun(Progress.SILENT).run(new PredictRequest(Optional.empty(), Optional.of(wrong),
                project.repo, head, Optional.of("master"), OptionalInt.empty(), Optional.of(NOW),
                Optional.of(byThreshold), 3));
        JsonNode live = r.sections().get(0).data().path("recorded_risks");
        assertThat(live.path("builds").asInt()).isEqualTo(20);
        assertThat(live.path("model").path("f1").asDouble()).isZero();
        assertThat(live.path("baseline").path("f1").asDouble()).isEqualTo(0.5);
        assertThat(live.path("behind_baseline").asBoolean()).isTrue();
        assertThat(r.sections().get(0).data().path("figures").path("modelBehindBaseline").asBoolean()).isTrue();
        assertThat(r.sections().get(0).markdown()).contains(Text.md(PredictSection.BEHIND));
        assertThat(r.sections().get(0).html()).contains("<p class=\"warn\">Since its training, 20 builds");
        assertThat(r.checks().get(0).message()).endsWith("; since its training the model's calls did worse than the "
                + "previous-outcome baseline's (F1 0.000 against 0.500 on 20 builds), so retrain it");
    }

    /** A copy of the trained model whose card names another decision rule. */
    private static Path modelWithRule(String name, String rule) throws Exception {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        for (String f : new String[]{ModelFiles.MODEL, ModelFiles.SCORER, ModelFiles.REPLAY}) {
            Files.copy(model.resolve(f), copy.resolve(f));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode card = (ObjectNode) json.readTree(model.resolve(ModelFiles.CARD).toFile());
        card.put("decision_rule", rule);
        json.writeValue(copy.resolve(ModelFiles.CARD).toFile(), card);
        return copy;
    }

    /** The project's history with a risk column (empty for its builds) and {@code rows} (with a risk) after it. */
    private static Path withRisks(String name, List<String> rows) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(project.history)) {
            lines.add(l + ",");
        }
        lines.set(0, lines.get(0) + "risk");
        lines.addAll(rows);
        return Files.write(dir.resolve(name), lines);
    }

    /**
     * Training over an existing model records, in the new card, the model it replaces and how that model's calls did
     * on the builds recorded with their risk since its training; a first training records nothing.
     */
    @Test
    void retrainingRecordsTheModelItReplacesAndHowItsCallsDid() throws Exception {
        JsonNode first = new ObjectMapper().readTree(model.resolve(ModelFiles.CARD).toFile());
        assertThat(first.has("replaces")).isFalse();
        Path history = withRisks("retrain-history.csv", List.of(
                "a1," + head + ",master,failed," + NOW.minus(Duration.ofMinutes(50)) + ",60,,push,0.7",
                "a2," + head + ",master,passed," + NOW.minus(Duration.ofMinutes(40)) + ",60,,push,0.2"));
        Path retrained = dir.resolve("model-retrained");
        Files.createDirectories(retrained);
        for (String f : new String[]{ModelFiles.MODEL, ModelFiles.SCORER, ModelFiles.REPLAY, ModelFiles.CARD}) {
            Files.copy(model.resolve(f), retrained.resolve(f));
        }
        GateReport r = new TrainRun(Progress.SILENT).run(new TrainRequest(Optional.empty(), Optional.of(history),
                project.repo, Optional.of(retrained), ModelSettings.defaults()));
        JsonNode replaces = new ObjectMapper().readTree(retrained.resolve(ModelFiles.CARD).toFile()).path("replaces");
        assertThat(replaces.path("last_build").asText()).isEqualTo(first.path("training").path("last_build").asText());
        assertThat(replaces.path("model_sha256").asText()).isEqualTo(first.path("model_sha256").asText());
        assertThat(replaces.path("created").asText()).isEqualTo(first.path("created").asText());
        assertThat(replaces.path("recorded_risks").path("builds").asInt()).as("a1 and a2").isEqualTo(2);
        assertThat(replaces.path("recorded_risks").path("broken").asInt()).isEqualTo(1);
        assertThat(r.sections().get(0).markdown()).contains("It replaces the model trained up to build "
                + replaces.path("last_build").asText() + " (created ", "Since that model was trained, 2 builds were "
                + "recorded with the risk it gave and 1 of them broke, where the risks added up to 0.9: ");
        // trained again on a history without recorded risks: the replaced model is named, with nothing to say of it
        GateReport again = new TrainRun(Progress.SILENT).run(new TrainRequest(Optional.empty(),
                Optional.of(project.history), project.repo, Optional.of(retrained), ModelSettings.defaults()));
        JsonNode second = new ObjectMapper().readTree(retrained.resolve(ModelFiles.CARD).toFile()).path("replaces");
        assertThat(second.path("last_build").asText()).isEqualTo("a2");
        assertThat(second.has("recorded_risks")).isFalse();
        assertThat(again.sections().get(0).markdown()).contains("It replaces the model trained up to build a2 (created ",
                "No build after that model's last training build carries a recorded risk (record --risk).");
    }

    @Test
    void aBadRepositoryOrCommitIsOneLineAndABadModelIsReportedFirst() {
        assertThatThrownBy(() -> new PredictRun(Progress.SILENT).run(request(project.repo, "nope", model)))
                .isInstanceOf(BadInputException.class).hasMessage(project.repo + ": unknown commit 'nope'");
        Path notRepo = dir.resolve("not-a-repo");
        assertThatThrownBy(() -> {
            Files.createDirectories(notRepo);
            new PredictRun(Progress.SILENT).run(request(notRepo, "HEAD", model));
        }).isInstanceOf(BadInputException.class).hasMessage(notRepo + ": not a git repository");
        assertThatThrownBy(() -> new PredictRun(Progress.SILENT).run(request(notRepo, "HEAD", dir.resolve("none"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a build-risk model directory");
    }

    /**
     * A model whose alarms did not beat the previous-outcome baseline in training keeps the baseline's calls: with no
     * rules in the policy it notifies after a broken build and not after a passing one, whatever the risk; a card
     * naming an unknown rule is bad input.
     */
    @Test
    void aModelThatKeepsTheBaselinesCallsNotifiesAfterABrokenBuild() throws Exception {
        Path keeps = modelWithRule("model-keeps-baseline", "previous_outcome");
        for (String branch : new String[]{"master", "next"}) {
            PredictRequest req = new PredictRequest(Optional.empty(), Optional.of(project.history), project.repo, head,
                    Optional.of(branch), OptionalInt.empty(), Optional.of(NOW), Optional.of(keeps), 3);
            JsonNode data = new PredictRun(Progress.SILENT).run(req).sections().get(0).data();
            boolean previousBroken = data.path("features").path("previous_build_broken").asInt() == 1;
            assertThat(data.path("decision_rule").asText()).isEqualTo("previous_outcome");
            assertThat(data.path("action").asText()).as("branch %s", branch).isEqualTo(previousBroken ? "notify" : "none");
        }
        Path unknown = modelWithRule("model-unknown-rule", "coin_flip");
        assertThatThrownBy(() -> new PredictRun(Progress.SILENT).run(request(project.repo, head, unknown)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("decision_rule 'coin_flip' is not one of threshold, previous_outcome, "
                        + "related_outcome");
    }

    /**
     * A model whose alarms did not beat the related-outcome rule in training calls by the rule: with no rules in the
     * policy it notifies when the rule calls the build broken, and says why. The history's last two builds (r2 passed,
     * r3 errored) were of commits built nowhere else, so a new build of either is called as that build ended.
     */
    @Test
    void aModelThatCallsByTheRelatedOutcomeRuleNotifiesWhenTheRuleCallsItBroken() throws Exception {
        Path byRule = modelWithRule("model-by-rule", "related_outcome");
        List<String> rows = Files.readAllLines(project.history);
        for (String[] built : new String[][]{rows.get(rows.size() - 2).split(","), rows.get(rows.size() - 1).split(",")}) {
            boolean broke = !built[3].equals("passed");
            PredictRequest req = new PredictRequest(Optional.empty(), Optional.of(project.history), project.repo,
                    built[1], Optional.of("master"), OptionalInt.empty(), Optional.of(NOW), Optional.of(byRule), 3);
            GateReport r = new PredictRun(Progress.SILENT).run(req);
            JsonNode data = r.sections().get(0).data();
            JsonNode call = data.path("related_outcome_rule");
            assertThat(data.path("decision_rule").asText()).isEqualTo("related_outcome");
            assertThat(call.path("broken").asBoolean()).as("build %s", built[0]).isEqualTo(broke);
            assertThat(call.path("why").asText()).isEqualTo("an earlier build of commit " + built[1].substring(0, 12)
                    + (broke ? " broke" : " passed"));
            assertThat(data.path("action").asText()).isEqualTo(broke ? "notify" : "none");
            assertThat(r.sections().get(0).markdown()).contains("Called " + (broke ? "broken" : "passing")
                    + " by the related-outcome rule (the model calls by it): " + call.path("why").asText() + ".");
        }
    }
}
