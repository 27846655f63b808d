package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.SyntheticProject;
import io.mlgate.engine.buildrisk.model.Calls;
import io.mlgate.engine.buildrisk.model.ModelSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluate on a project whose answer is known (see {@link SyntheticProject}). */
class EvaluateRunTest {
    @TempDir
    static Path dir;
    static SyntheticProject project;

    /**
     * This project's failures follow a flag of the change, which no previous outcome or related build knows: the
     * model's alarms beat the rule's, so with {@code --calls replay} it calls by its threshold.
     */
    private static final ModelSettings REPLAY = ModelSettings.defaults().withCalls(Calls.REPLAY);

    @BeforeAll
    static void project() {
        project = SyntheticProject.create(dir, 160);
    }

    @Test
    void theModelFindsTheFailuresTheBaselineCannot() {
        GateReport r = new EvaluateRun(Progress.SILENT).run(new EvaluateRequest(Optional.empty(),
                Optional.of(project.history), project.repo, 0.7, 0, REPLAY));
        JsonNode d = r.sections().get(0).data();
        assertThat(d.path("train_builds").asInt()).isEqualTo(112);
        assertThat(d.path("test_builds").asInt()).isEqualTo(48);
        assertThat(d.path("model").path("broken").asInt()).isEqualTo(12);
        assertThat(d.path("baseline").path("recall").asDouble()).isZero();
        assertThat(d.path("baseline").path("precision").asDouble()).isZero();
        assertThat(d.path("baseline").path("f1").asDouble()).isZero();
        assertThat(d.path("model").path("roc_auc").asDouble()).isEqualTo(1.0);
        assertThat(d.path("model").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(d.path("beats_baseline").asBoolean()).isTrue();
        assertThat(d.path("low_risk").path("builds").asInt()).isEqualTo(36);
        assertThat(d.path("low_risk").path("failures_caught_late").asInt()).isZero();
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.sections().get(0).markdown()).contains("| previous-outcome baseline | 0.000 | 0.000 | 0.000 |");
        // what the training builds said beforehand, and the rule it chose
        assertThat(d.path("decision_rule").asText()).isEqualTo("threshold");
        assertThat(d.path("training_alarms_in_time_order").path("f1").asDouble())
                .isGreaterThan(d.path("training_baseline").path("f1").asDouble());
        assertThat(r.sections().get(0).markdown()).contains("It calls a build broken when a risk at or above",
                "On its training builds, replayed in time order, its alarms by its threshold had F1 ");
        // by default its calls are the related-outcome rule's, here the baseline's; its risks rank as well
        JsonNode byRule = new EvaluateRun(Progress.SILENT).run(new EvaluateRequest(Optional.empty(),
                Optional.of(project.history), project.repo, 0.7, 0, ModelSettings.defaults())).sections().get(0).data();
        assertThat(byRule.path("decision_rule").asText()).isEqualTo("related_outcome");
        assertThat(byRule.path("model").path("f1").asDouble()).isEqualTo(byRule.path("baseline").path("f1").asDouble());
        assertThat(byRule.path("model").path("roc_auc").asDouble()).isEqualTo(1.0);
        assertThat(byRule.path("beats_baseline").asBoolean()).isFalse();
    }

    @Test
    void itWritesEachTestBuildsRiskAndCallsWhenAsked() throws Exception {
        Path scores = dir.resolve("scores.csv");
        GateReport r = new EvaluateRun(Progress.SILENT).run(new EvaluateRequest(Optional.empty(),
                Optional.of(project.history), project.repo, 0.7, 20, REPLAY, Optional.of(scores)));
        JsonNode d = r.sections().get(0).data();
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines.get(0)).isEqualTo("id,commit,branch,status,broken,risk,model_call,baseline_call,"
                + "previous_outcome_rate,model,duration,related_call");
        assertThat(lines).hasSize(49);
        int modelCalls = 0;
        int baselineHits = 0;
        int baselineCalls = 0;
        int broken = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(12);
            assertThat(f[11]).as("no build of this history is a pull request's or of a commit built before: the "
                    + "rule calls as the baseline").isEqualTo(f[7]);
            assertThat(Double.parseDouble(f[5])).isBetween(0.0, 1.0);
            assertThat(f[4]).isEqualTo(f[3].equals("passed") ? "0" : "1");
            broken += Integer.parseInt(f[4]);
            modelCalls += Integer.parseInt(f[6]);
            baselineCalls += Integer.parseInt(f[7]);
            baselineHits += f[7].equals("1") && f[4].equals("1") ? 1 : 0;
            assertThat(Integer.parseInt(f[9])).isBetween(1, 3); // three models, 20 test builds each at most
        }
        assertThat(lines.get(1).split(",")[9]).isEqualTo("1");
        assertThat(lines.get(48).split(",")[9]).isEqualTo("3");
        assertThat(broken).isEqualTo(d.path("model").path("broken").asInt());
        assertThat(modelCalls).as("the model calls every broken build and nothing else here").isEqualTo(12);
        assertThat(baselineHits).isEqualTo(0);
        // none of the baseline's calls is right: its wrong answers are its calls and the broken builds it missed
        assertThat(baselineCalls).isEqualTo(48 - (int) Math.round(d.path("baseline").path("accuracy").asDouble() * 48) - 12);
    }

    @Test
    void retrainedEveryTwentyBuildsItReportsEachModel() {
        GateReport r = new EvaluateRun(Progress.SILENT).run(new EvaluateRequest(Optional.empty(),
                Optional.of(project.history), project.repo, 0.7, 20, REPLAY));
        JsonNode d = r.sections().get(0).data();
        assertThat(d.path("test_builds").asInt()).isEqualTo(48);
        assertThat(d.path("models_trained").asInt()).isEqualTo(3);
        assertThat(d.path("retrain_every").asInt()).isEqualTo(20);
        assertThat(d.path("models")).hasSize(3);
        assertThat(d.path("models").get(2).path("trained_on").asInt()).isEqualTo(152);
        assertThat(d.path("models").get(0).path("decision_rule").asText()).isEqualTo("threshold");
        assertThat(d.path("model").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(r.sections().get(0).markdown()).contains("Retrained every 20 test builds on every build before them: "
                + "3 models, the last trained on the first 152 builds.", "Each model calls builds broken by its decision rule: threshold \u00d73.",
                "| 3 | 152 | ");
        assertThat(r.sections().get(0).html()).contains("<th>in-time F1 on its training builds</th>");
    }

    @Test
    void itShowsThePolicysCutOffsAndHowCalibratedTheRisksWere() throws Exception {
        Path policy = dir.resolve("mlgate.yml");
        Files.writeString(policy, "version: 1\nbuildrisk:\n  actions:\n    - {min: 0.7, action: block}\n"
                + "    - {min: 0.3, action: request_review}\n");
        GateReport r = new EvaluateRun(Progress.SILENT).run(new EvaluateRequest(Optional.of(policy),
                Optional.of(project.history), project.repo, 0.7, 0, REPLAY));
        JsonNode d = r.sections().get(0).data();
        JsonNode cuts = d.path("operating_points");
        List<Double> mins = new ArrayList<>();
        cuts.forEach(c -> mins.add(c.path("min_risk").asDouble()));
        assertThat(mins).isSortedAccordingTo(Comparator.reverseOrder())
                .contains(0.7, 0.5, 0.3, 0.2, 0.1, d.path("decision_threshold").asDouble());
        for (JsonNode c : cuts) {
            // every cut splits the 48 test builds and their 12 broken ones between called and below
            assertThat(c.path("called_broken").asInt() + c.path("below").path("builds").asInt()).isEqualTo(48);
            assertThat(c.path("below").path("failures_caught_late").asInt()).isBetween(0, 12);
        }
        JsonNode review = cut(cuts, 0.3);
        assertThat(review.path("from")).extracting(JsonNode::asText).containsExactly("policy: request_review");
        // at the model's own threshold the cut makes the model's calls (its decision rule is the threshold here)
        JsonNode own = cut(cuts, d.path("decision_threshold").asDouble());
        assertThat(own.path("from").toString()).contains("the model's decision threshold");
        assertThat(own.path("f1").asDouble()).isEqualTo(d.path("model").path("f1").asDouble());
        assertThat(own.path("below").path("builds").asInt()).isEqualTo(d.path("low_risk").path("builds").asInt());
        JsonNode cal = d.path("calibration");
        assertThat(cal.path("broken").asInt()).isEqualTo(12);
        int inBands = 0;
        for (JsonNode b : cal.path("bands")) {
            inBands += b.path("builds").asInt();
            assertThat(b.path("mean_risk").asDouble()).isBetween(b.path("from").asDouble(), b.path("to").asDouble());
        }
        assertThat(inBands).isEqualTo(48);
        // the model separates the classes perfectly here, the baseline not at all: far lower Brier score
        assertThat(cal.path("brier").asDouble()).isLessThan(cal.path("baseline_brier").asDouble() / 2);
        assertThat(r.sections().get(0).markdown()).contains("| 0.300 | policy: request\\_review | ",
                "Calibration on the test builds: their risks add up to", "| risk band | builds | mean risk | share broken |");
        assertThat(r.sections().get(0).html()).contains("<svg class=\"chart roc\"", "<svg class=\"chart calibration\"",
                "previous-outcome baseline: false positive rate");
    }

    private static JsonNode cut(JsonNode cuts, double min) {
        for (JsonNode c : cuts) {
            if (c.path("min_risk").asDouble() == min) {
                return c;
            }
        }
        throw new AssertionError("no cut-off at " + min + " in " + cuts);
    }

    @Test
    void aRetrainingBlockBelowOneBuildIsBadInput() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> EvaluateRequest.parseRetrainEvery(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--retrain-every: expected a number of builds of at least 1, got 0");
    }
}
