package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.explain.Explainer;
import io.mlgate.engine.buildrisk.explain.Factor;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.RelatedCall;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code train} calibrates by the related-outcome rule's call when that ranks the validation builds better than the
 * previous outcome does: here every fifth build is called broken by the rule and breaks, which no learned feature
 * shows, so only the calibration by the rule's call can rank those builds high; and the other way round, where the
 * previous outcome says it and the rule calls nothing.
 */
class CalibrationGroupingTest {
    private static List<BuildFeatures> rows(boolean ruleKnows) {
        List<BuildFeatures> base = SyntheticRows.rows(400, 5, 0.02);
        List<BuildFeatures> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            BuildFeatures r = base.get(i);
            boolean called = ruleKnows && i % 5 == 0;
            double[] raw = r.raw();
            // the previous outcome: what the rule does not know, or nothing
            raw[Feature.PREVIOUS_BUILD_BROKEN.ordinal()] = !ruleKnows && i % 5 == 0 ? 1 : 0;
            Build b = r.build();
            if (i % 5 == 0) {
                b = new Build(b.id(), b.commit(), b.branch(), BuildStatus.FAILED, b.startedAt(), b.duration(),
                        b.pullRequest(), b.event());
            }
            out.add(new BuildFeatures(b, raw, r.change(), r.overlap(), r.previous(), r.author(),
                    RelatedCall.baseline(called)));
        }
        return out;
    }

    @Test
    void theRulesCallGroupsTheCalibrationWhereItRanksBetterAndExplainsTheRisk() {
        List<BuildFeatures> rows = rows(true);
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults());
        Calibration c = t.model().calibration();
        assertThat(c.by()).isEqualTo(Feature.RELATED_OUTCOME_CALL);
        BuildFeatures called = rows.get(395);
        double[] raw = called.raw();
        raw[Feature.RELATED_OUTCOME_CALL.ordinal()] = 0;
        assertThat(t.model().probability(called)).isGreaterThan(t.model().probabilityOfRaw(raw) + 0.5);
        JsonNode card = ModelCard.of(t, ModelSettings.defaults(), new ModelCard.TrainingData("h.csv", "sha256:x",
                "repo", "", rows.size(), 80, "1", "400", 0), ModelFiles.MODEL, "sha256:y", Instant.EPOCH);
        assertThat(card.path("calibration").path("method").asText()).isEqualTo("platt-by-related-outcome-rule");
        assertThat(card.path("calibration").path("grouped_by").asText()).isEqualTo("related_outcome_call");
        List<Factor> factors = Explainer.explain(t.model(), called, 3);
        assertThat(factors).extracting(Factor::words)
                .contains("the related-outcome rule calls it broken: the previous build broke");
        assertThat(factors.get(0).feature()).isEqualTo(Feature.RELATED_OUTCOME_CALL);
    }

    @Test
    void whereThePreviousOutcomeSaysMoreTheCalibrationIsByIt() {
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows(false), ModelSettings.defaults());
        assertThat(t.model().calibration().by()).isEqualTo(Feature.PREVIOUS_BUILD_BROKEN);
    }
}
