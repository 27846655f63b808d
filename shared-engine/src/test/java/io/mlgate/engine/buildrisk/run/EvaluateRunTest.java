package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.SyntheticProject;
import io.mlgate.engine.buildrisk.model.ModelSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Evaluate on a project whose answer is known (see {@link SyntheticProject}). */
class EvaluateRunTest {
    @TempDir
    static Path dir;
    static SyntheticProject project;

    @BeforeAll
    static void project() {
        project = SyntheticProject.create(dir, 160);
    }

    @Test
    void theModelFindsTheFailuresTheBaselineCannot() {
        GateReport r = new EvaluateRun(Progress.SILENT).run(new EvaluateRequest(Optional.empty(),
                Optional.of(project.history), project.repo, 0.7, 0, ModelSettings.defaults()));
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
        assertThat(r.sections().get(0).markdown()).contains("On its training builds, its alarms replayed in time order",
                "so it calls a build broken when a risk at or above");
    }

    @Test
    void retrainedEveryTwentyBuildsItReportsEachModel() {
        GateReport r = new EvaluateRun(Progress.SILENT).run(new EvaluateRequest(Optional.empty(),
                Optional.of(project.history), project.repo, 0.7, 20, ModelSettings.defaults()));
        JsonNode d = r.sections().get(0).data();
        assertThat(d.path("test_builds").asInt()).isEqualTo(48);
        assertThat(d.path("models_trained").asInt()).isEqualTo(3);
        assertThat(d.path("retrain_every").asInt()).isEqualTo(20);
        assertThat(d.path("models")).hasSize(3);
        assertThat(d.path("models").get(2).path("trained_on").asInt()).isEqualTo(152);
        assertThat(d.path("models").get(0).path("decision_rule").asText()).isEqualTo("threshold");
        assertThat(d.path("model").path("f1").asDouble()).isEqualTo(1.0);
        assertThat(r.sections().get(0).markdown()).contains("Retrained every 20 test builds on every build before them: "
                + "3 models, the last trained on the first 152 builds.", "decision rules threshold \u00d73",
                "| 3 | 152 | ");
        assertThat(r.sections().get(0).html()).contains("<th>in-time F1 on its training builds</th>");
    }

    @Test
    void aRetrainingBlockBelowOneBuildIsBadInput() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> EvaluateRequest.parseRetrainEvery(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--retrain-every: expected a number of builds of at least 1, got 0");
    }
}
