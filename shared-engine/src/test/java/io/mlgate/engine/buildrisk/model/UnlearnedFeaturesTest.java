package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The hour of day and the weekday are measured but not learned from: even where the builds' outcomes follow the
 * hour, a trained model's risks do not move with it, in Tribuo and in the plain-Java scorer, and the card says which
 * features were learned. A learned flag that causes the same outcomes does move them.
 */
class UnlearnedFeaturesTest {
    private static final int LINES = Feature.LINES_ADDED.ordinal();

    @Test
    void theHourMovesNoRiskEvenWhereTheOutcomesFollowIt() {
        List<BuildFeatures> rows = SyntheticRows.rows(400, 5, 0.02, Feature.HOUR_OF_DAY, 1);
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults());
        RiskModel plain = ModelFiles.plainScorer(t.model(), rows).orElseThrow().scoring(t.model());
        for (RiskModel m : List.of(t.model(), plain)) {
            for (BuildFeatures r : rows.subList(0, 40)) {
                double[] raw = r.raw();
                double risk = m.probabilityOfRaw(raw);
                for (int hour : new int[] {0, 1, 9, 23}) {
                    for (int weekday = 1; weekday <= 7; weekday += 3) {
                        raw[Feature.HOUR_OF_DAY.ordinal()] = hour;
                        raw[Feature.WEEKDAY.ordinal()] = weekday;
                        assertThat(m.probabilityOfRaw(raw)).as("hour %d, weekday %d", hour, weekday).isEqualTo(risk);
                    }
                }
            }
        }
        JsonNode card = ModelCard.of(t, ModelSettings.defaults(), new ModelCard.TrainingData("h.csv", "sha256:x", "repo",
                "", rows.size(), 3, "1", "400", 0), ModelFiles.MODEL, "sha256:y", Instant.EPOCH);
        for (JsonNode f : card.path("features")) {
            // the time features, and the related-outcome rule's call, which only picks a calibration group
            boolean unlearned = List.of("hour_of_day", "weekday", "related_outcome_call").contains(f.path("id").asText());
            assertThat(f.path("learned").asBoolean()).as(f.path("id").asText()).isEqualTo(!unlearned);
        }
    }

    @Test
    void aLearnedFlagCausingTheSameOutcomesMovesTheRisk() {
        List<BuildFeatures> rows = SyntheticRows.rows(400, 5, 0.02, Feature.TOUCHES_CI_CONFIG, 1);
        RiskModel m = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults()).model();
        double[] raw = rows.get(0).raw();
        raw[LINES] = 40;
        raw[Feature.TOUCHES_CI_CONFIG.ordinal()] = 0;
        double without = m.probabilityOfRaw(raw);
        raw[Feature.TOUCHES_CI_CONFIG.ordinal()] = 1;
        assertThat(m.probabilityOfRaw(raw)).isGreaterThan(without + 0.2);
        assertThat(without).isCloseTo(0, within(0.2));
    }
}
