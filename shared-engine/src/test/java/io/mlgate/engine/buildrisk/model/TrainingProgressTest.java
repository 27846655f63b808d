package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Training says each fit as it starts; a rolling evaluation, which trains many models, says less. */
class TrainingProgressTest {
    private static final List<BuildFeatures> ROWS = SyntheticRows.rows(250, 11, 0.1);

    @Test
    void everyFitOfTheTwoFamiliesAveragedIsAnnouncedWithItsBuilds() {
        List<String> lines = new ArrayList<>();
        new ModelTrainer(lines::add).train(ROWS, ModelSettings.defaults());
        assertThat(lines).containsSubsequence(
                "train: both, validation part 1 of 4: fitting on the 50 builds before it (5 seeds of each family), "
                        + "scoring the next 50",
                "train: both, validation part 4 of 4: fitting on the 200 builds before it (5 seeds of each family), "
                        + "scoring the next 50",
                "train: fitting both on all 250 builds (5 seeds of each family)");
        assertThat(lines).filteredOn(l -> l.contains("validation part")).hasSize(4);
    }

    @Test
    void everyFitIsAnnouncedWithItsBuilds() {
        List<String> lines = new ArrayList<>();
        TrainingOutcome t = new ModelTrainer(lines::add).train(ROWS, ModelSettings.defaults().choosingAFamily());
        // 250 builds in 5 parts of 50: part j is fitted on the 50 j before it and scores the next 50
        assertThat(lines).containsSubsequence(
                "train: logistic, validation part 1 of 4: fitting on the 50 builds before it (5 seeds), scoring the next 50",
                "train: logistic, validation part 4 of 4: fitting on the 200 builds before it (5 seeds), scoring the next 50",
                "train: xgboost, validation part 1 of 4: fitting on the 50 builds before it (5 seeds), scoring the next 50",
                "train: fitting " + t.chosen().id() + " on all 250 builds (5 seeds)");
        assertThat(lines).filteredOn(l -> l.contains("validation part")).hasSize(8);
    }

    @Test
    void withoutFitStepsOnlyTheValidationFiguresAreSaid() {
        List<String> lines = new ArrayList<>();
        Progress p = lines::add;
        new ModelTrainer(p, false).train(ROWS, ModelSettings.defaults().choosingAFamily());
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains("out-of-time ROC AUC"));
        lines.clear();
        new ModelTrainer(p, false).train(ROWS, ModelSettings.defaults());
        assertThat(lines).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("train: both out-of-time ROC AUC "));
    }
}
