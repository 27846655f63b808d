package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.buildrisk.model.ModelCard;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code buildrisk monitor} on a history whose builds carry recorded risks, with a model card only (monitor loads no
 * model): the builds of RecordedRisksTest, one an hour, the model trained up to t1 with threshold 0.5.
 */
class MonitorRunTest {
    private static final String SHA = "0b2480060ae7a7f09826637f6a2dd7b468e5e486";
    private static final String HEADER = "id,commit,branch,status,started_at,duration,pull_request,event,risk";
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    @TempDir
    Path dir;

    private static String row(int hour, String id, String branch, String status, String risk) {
        return id + "," + SHA + "," + branch + "," + status + "," + T0.plusSeconds(3600L * hour) + ",600,,push," + risk;
    }

    private static List<String> rows() {
        return new ArrayList<>(List.of(HEADER, row(0, "t00", "main", "failed", ""), row(1, "t0", "main", "passed", ""),
                row(2, "t1", "main", "failed", "0.9"), row(3, "a1", "main", "failed", "0.7"),
                row(4, "a2", "dev", "passed", "0.6"), row(5, "a3", "main", "canceled", "0.9"),
                row(6, "a4", "main", "passed", "0.2"), row(7, "a5", "main", "errored", ""),
                row(8, "a6", "main", "failed", "0.4"), row(9, "a7", "dev", "failed", "0.58")));
    }

    private Path model(String rule) throws Exception {
        Path m = dir.resolve("model-" + rule);
        Files.createDirectories(m);
        Files.writeString(m.resolve(ModelFiles.CARD), "{\"schema\": \"" + ModelCard.SCHEMA + "\", \"model_sha256\": "
                + "\"sha256:00\", \"decision_rule\": \"" + rule + "\", \"decision_threshold\": 0.5, "
                + "\"training\": {\"last_build\": \"t1\"}}");
        return m;
    }

    private GateReport monitor(Path history, Path model, Instant since) {
        return new MonitorRun(Progress.SILENT).run(new MonitorRequest(Optional.empty(), Optional.of(history),
                Optional.of(model), Optional.ofNullable(since), OptionalInt.empty()));
    }

    @Test
    void theBuildsSinceTrainingGiveTheCallsTheCutOffsAndTheCalibration() throws Exception {
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "buildrisk:", "  actions:",
                "    - {min: 0.65, action: run_full_suite}", "    - {min: 0.5, action: notify}");
        Path history = Files.write(dir.resolve("h.csv"), rows());
        GateReport r = new MonitorRun(Progress.SILENT).run(new MonitorRequest(Optional.of(policy), Optional.of(history),
                Optional.of(model("threshold")), Optional.empty(), OptionalInt.empty()));
        assertThat(r.status()).as("5 builds: too few to judge, not a warning").isEqualTo(Status.PASS);
        assertThat(r.sections().get(0).data().path("figures").path("modelBehindBaseline").asBoolean()).isFalse();
        assertThat(r.checks().get(0).message()).isEqualTo("the model's calls: F1 0.667, the previous-outcome baseline's "
                + "0.571 on the same 5 builds (too few to tell them apart)");
        JsonNode d = r.sections().get(0).data();
        assertThat(d.path("builds_in_window").asInt()).as("a1-a7").isEqualTo(7);
        JsonNode live = d.path("recorded_risks");
        assertThat(live.path("builds").asInt()).isEqualTo(5);
        assertThat(live.path("model").path("f1").asDouble()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(live.path("baseline").path("f1").asDouble()).isCloseTo(4.0 / 7, within(1e-6));
        // 0.65 (policy: run_full_suite): a1 alone, right; 0.5 (notify and the model's threshold): a1, a2, a7
        JsonNode cuts = d.path("operating_points");
        assertThat(cuts.findValuesAsText("min_risk")).containsExactly("0.65", "0.5", "0.3", "0.2", "0.1");
        assertThat(cuts.get(0).path("from").get(0).asText()).isEqualTo("policy: run_full_suite");
        assertThat(cuts.get(0).path("called_broken").asInt()).isEqualTo(1);
        assertThat(cuts.get(0).path("below").path("failures_caught_late").asInt()).isEqualTo(2);
        assertThat(cuts.get(1).path("from")).extracting(JsonNode::asText)
                .containsExactly("policy: notify", "the model's decision threshold");
        assertThat(cuts.get(1).path("called_broken").asInt()).isEqualTo(3);
        assertThat(cuts.get(1).path("below").path("hours").asDouble()).as("a4 and a6, 10 minutes each").isEqualTo(0.33);
        JsonNode cal = d.path("calibration");
        assertThat(cal.path("expected_broken").asDouble()).isCloseTo(2.48, within(1e-6));
        assertThat(cal.path("broken").asInt()).isEqualTo(3);
        // rates from t00-t1: broken after a passing build 2 of 2, after a broken one 0 of 1
        assertThat(cal.path("baseline_brier").asDouble()).isCloseTo(0.4, within(1e-6));
        String md = r.sections().get(0).markdown();
        assertThat(md).contains("Of the 7 builds after the model's last training build (t1), 5 completed builds were "
                + "recorded with the risk predict gave them, and 3 of them broke.", "its recorded risk is at or above 0.500",
                "Fewer than 20 builds: too few to tell the calls apart.", "Calibration on these builds");
        assertThat(r.sections().get(0).html()).contains("ROC curve of the recorded builds");
    }

    /** --since looks at the builds started from a time on, whichever model scored them; rates from those before. */
    @Test
    void sinceATimeTheBuildsFromThenOn() throws Exception {
        Path history = Files.write(dir.resolve("h.csv"), rows());
        GateReport r = monitor(history, model("threshold"), T0.plusSeconds(3600L * 6));
        JsonNode d = r.sections().get(0).data();
        assertThat(d.path("builds_in_window").asInt()).as("a4-a7").isEqualTo(4);
        assertThat(d.path("recorded_risks").path("builds").asInt()).as("a4, a6, a7").isEqualTo(3);
        // before a4: after a passing build t00 and t1 broke (2 of 2), after a broken one a1 of t0, a1, a2 (1 of 3);
        // a4 (after a1 broken, passed): (1/3)^2; a6 (after a5 broken, broke): (2/3)^2; a7 (dev after a2 passed): 0
        assertThat(d.path("calibration").path("baseline_brier").asDouble())
                .isCloseTo((1.0 / 9 + 4.0 / 9) / 3, within(1e-6));
        assertThat(d.path("window").asText()).isEqualTo("builds started at or after 2026-11-01T06:00:00Z");
        // --last 4: the same four builds, by count
        GateReport last = new MonitorRun(Progress.SILENT).run(new MonitorRequest(Optional.empty(), Optional.of(history),
                Optional.of(model("threshold")), Optional.empty(), OptionalInt.of(4)));
        assertThat(last.sections().get(0).data().path("recorded_risks")).isEqualTo(d.path("recorded_risks"));
        assertThat(last.sections().get(0).data().path("window").asText()).isEqualTo("last builds of the history");
        assertThatThrownBy(() -> new MonitorRequest(Optional.empty(), Optional.of(history), Optional.empty(),
                Optional.of(T0), OptionalInt.of(4))).isInstanceOf(BadInputException.class)
                .hasMessage("--since and --last both choose the builds to look at; give one");
        assertThatThrownBy(() -> new MonitorRequest(Optional.empty(), Optional.of(history), Optional.empty(),
                Optional.empty(), OptionalInt.of(0))).isInstanceOf(BadInputException.class)
                .hasMessage("--last: expected a number of builds of at least 1, got 0");
        GateReport later = monitor(history, model("threshold"), T0.plusSeconds(3600L * 100));
        assertThat(later.status()).isEqualTo(Status.NO_DATA);
        assertThat(later.sections().get(0).markdown()).startsWith("No completed build among the 0 builds started at or after");
    }

    @Test
    void callsBehindTheBaselinesOnTwentyBuildsAreAWarning() throws Exception {
        List<String> lines = rows();
        for (int i = 0; i < 15; i++) {
            boolean breaks = i % 4 < 2;
            lines.add(row(10 + i, "b" + i, "main", breaks ? "failed" : "passed", breaks ? "0.1" : "0.9"));
        }
        Path history = Files.write(dir.resolve("h.csv"), lines);
        GateReport r = monitor(history, model("threshold"), null);
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(r.checks().get(0).message()).startsWith("the model's calls did worse than the previous-outcome "
                + "baseline's: F1 ").endsWith(" on 20 builds; retrain it");
        assertThat(r.sections().get(0).markdown()).contains("The model's calls are behind the baseline's.");
        assertThat(r.sections().get(0).data().path("figures").path("modelBehindBaseline").asBoolean()).isTrue();
        GateReport keeps = monitor(history, model("previous_outcome"), null);
        assertThat(keeps.status()).as("its calls are the baseline's").isEqualTo(Status.PASS);
        assertThat(keeps.sections().get(0).markdown()).contains("The model keeps the baseline's calls; its recorded "
                + "risks rank the builds with ROC AUC ");
        // a model that calls by the related-outcome rule: its calls are the rule's, from the history, never "behind"
        GateReport byRule = monitor(history, model("related_outcome"), null);
        assertThat(byRule.status()).isEqualTo(Status.PASS);
        assertThat(byRule.sections().get(0).markdown()).contains("a build is called broken when the related-outcome "
                + "rule calls it broken.");
        assertThat(byRule.sections().get(0).data().path("figures").path("modelBehindBaseline").asBoolean()).isFalse();
    }

    @Test
    void aHistoryWithoutTheTrainingBuildOrAModelWithoutACardIsBadInput() throws Exception {
        List<String> lines = rows();
        lines.remove(3); // t1
        Path history = Files.write(dir.resolve("h.csv"), lines);
        assertThatThrownBy(() -> monitor(history, model("threshold"), null)).isInstanceOf(BadInputException.class)
                .hasMessage(history + ": the model's last training build 't1' is not in this history (another "
                        + "project's, or rewritten?); pass --since TIME or --last N to choose the builds");
        assertThat(monitor(history, model("threshold"), T0).sections().get(0).data().path("recorded_risks")
                .path("builds").asInt()).as("with --since it does not matter").isEqualTo(5);
        Path empty = dir.resolve("no-model");
        assertThatThrownBy(() -> monitor(history, empty, null)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(empty + ": not a build-risk model directory: ");
    }
}
