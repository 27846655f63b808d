package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rolling evaluation: each block of test builds is scored by a model trained on every build before it. */
class RollingEvaluationTest {
    /** 300 builds broken by build configuration, then 200 broken by CI configuration instead. */
    private static List<BuildFeatures> causeChangesAfter300() {
        List<BuildFeatures> rows = new ArrayList<>(SyntheticRows.rows(300, 5, 0.02, Feature.TOUCHES_BUILD_CONFIG, 1));
        rows.addAll(SyntheticRows.rows(200, 6, 0.02, Feature.TOUCHES_CI_CONFIG, 301));
        return rows;
    }

    private static final List<BuildFeatures> ROWS = causeChangesAfter300();
    /** Retrained every 40 test builds: 5 models (trained once for both tests: training is the slow part). */
    /** Models that call by their threshold where their alarms beat the rule's (here the rows know no related build). */
    private static final ModelSettings REPLAY = ModelSettings.defaults().withCalls(Calls.REPLAY);
    private static final Evaluation ROLLING = new Evaluator(Progress.SILENT).evaluate(ROWS, 0.6, 40, REPLAY);

    @Test
    void eachBlockIsScoredByAModelTrainedOnEveryBuildBeforeIt() {
        Evaluation ev = ROLLING;
        assertThat(ev.rolling()).isTrue();
        assertThat(ev.trainBuilds()).isEqualTo(300);
        assertThat(ev.block()).isEqualTo(40);
        assertThat(ev.trainings()).hasSize(5);
        for (int k = 0; k < 5; k++) {
            TrainingOutcome t = ev.trainings().get(k);
            assertThat(t.fitBuilds() + t.validationBuilds()).as("model %d trained on", k + 1).isEqualTo(300 + 40 * k);
        }
        assertThat(ev.testBuilds()).isEqualTo(200);
        assertThat(ev.baseline()).isEqualTo(Baseline.metrics(ROWS.subList(300, 500)));
    }

    /**
     * A model trained once on the first cause cannot rank builds broken by the second; retrained as the builds
     * come, the later models learn it.
     */
    @Test
    void retrainingFollowsACauseThatChanged() {
        Evaluation once = new Evaluator(Progress.SILENT).evaluate(ROWS, 0.6, REPLAY);
        Evaluation rolling = ROLLING;
        assertThat(once.rolling()).isFalse();
        assertThat(once.trainings()).hasSize(1);
        assertThat(once.model().auc()).as("the old cause says nothing of the new one; the lines still do")
                .isLessThan(0.75);
        assertThat(rolling.model().auc()).isGreaterThan(once.model().auc() + 0.1);
        assertThat(rolling.model().f1()).isGreaterThan(once.model().f1() + 0.1);
    }

    @Test
    void aBlockAsLargeAsTheTestBuildsIsOneModel() {
        List<BuildFeatures> rows = SyntheticRows.rows(300, 2, 0.05);
        Evaluation once = new Evaluator(Progress.SILENT).evaluate(rows, 0.7, ModelSettings.defaults());
        Evaluation big = new Evaluator(Progress.SILENT).evaluate(rows, 0.7, 1000, ModelSettings.defaults());
        assertThat(big.trainings()).hasSize(1);
        assertThat(big.rolling()).isFalse();
        assertThat(big.model()).isEqualTo(once.model());
        assertThat(big.skip()).isEqualTo(once.skip());
    }
}
