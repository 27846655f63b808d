package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.ChangeStats;
import io.mlgate.engine.buildrisk.features.FailureOverlap;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.RelatedCall;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Training replays the chosen family's alarms in time order on its validation builds and measures the
 * previous-outcome baseline and the related-outcome rule on the same builds; the model calls by its threshold only
 * where its alarms beat the rule's.
 */
class TrainingBaselineTest {
    /**
     * Each part is judged by the threshold of the builds before it: scores that rank perfectly but drift upwards part
     * by part alarm on every build of a part whose threshold, set on earlier and lower scores, is too low.
     */
    @Test
    void eachPartIsJudgedWithTheThresholdOfTheBuildsBeforeIt() {
        int n = 40;
        double[] scores = new double[n];
        boolean[] broken = new boolean[n];
        boolean[] previous = new boolean[n];
        for (int i = 0; i < n; i++) {
            broken[i] = i % 4 == 3;
            scores[i] = (broken[i] ? 1 : -1) + (i / 10) * 3.0; // each part of 10 three higher than the one before
        }
        double[] alarms = ModelTrainer.alarmsInTimeOrder(scores, broken, previous, Feature.PREVIOUS_BUILD_BROKEN, 10);
        assertThat(alarms).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(alarms[i]).as("build %d of the parts judged", i + 10).isEqualTo(1.0);
        }
        double[] inSample = ModelTrainer.alarmsInTimeOrder(scores, broken, previous, Feature.PREVIOUS_BUILD_BROKEN, 0);
        assertThat(inSample).hasSize(n);
        assertThat(Arrays.stream(inSample).sum()).as("one threshold for all: the broken builds of the "
                + "highest parts and the passing ones above it").isLessThan(n);
    }

    /**
     * Rows whose flag decides the outcome, and no build knows its previous one: the model's alarms are perfect, the
     * baseline and the rule never alarm. By default the model calls by the rule all the same; with {@code --calls
     * replay} by its threshold, whose alarms beat the rule's; with {@code --calls threshold} by its threshold always.
     */
    @Test
    void theBaselineIsMeasuredOnTheSameValidationBuilds() {
        List<BuildFeatures> rows = SyntheticRows.rows(240, 1, 0);
        TrainingOutcome byDefault = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults());
        assertThat(byDefault.model().decision()).isEqualTo(DecisionRule.RELATED_OUTCOME);
        assertThat(byDefault.calls()).isEqualTo(byDefault.rule());
        assertThat(byDefault.beatsBaseline()).as("the rule's calls are the baseline's here").isFalse();
        assertThat(new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults().withCalls(Calls.THRESHOLD))
                .model().decision()).isEqualTo(DecisionRule.THRESHOLD);
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults().withCalls(Calls.REPLAY));
        int part = t.fitBuilds();
        Metrics expected = Baseline.metrics(rows.subList(2 * part, rows.size()));
        assertThat(t.baseline()).as("the validation builds after the first validation part").isEqualTo(expected);
        assertThat(t.inTime().total()).isEqualTo(t.validationBuilds() - part).isEqualTo(rows.size() - 2 * part);
        assertThat(t.baseline().f1()).as("no build knows its previous one here: the baseline never alarms").isZero();
        assertThat(t.beatsBaseline()).as("the model learns the rule").isTrue();
        assertThat(t.model().decision()).isEqualTo(DecisionRule.THRESHOLD);
        assertThat(t.calls()).isEqualTo(t.inTime());
        assertThat(t.inTime()).as("the same alarms whatever the calls").isEqualTo(byDefault.inTime());
    }

    /**
     * Failures come in streaks the change's features know nothing of: the previous build's outcome is right but at
     * the start and end of each streak, and no model of these features can alarm better. The change's features are
     * the same for every build (noise drawn at random would let a model beat the baseline by a build now and then,
     * by chance: on 3 of 32 draws tried, 2026-11-23).
     */
    @Test
    void aStreakyHistoryTheFeaturesCannotExplainDoesNotBeatTheBaseline() {
        List<BuildFeatures> rows = new ArrayList<>();
        BuildStatus previous = null;
        for (int i = 0; i < 300; i++) {
            boolean broken = i % 20 >= 14; // 14 passing, then 6 broken, again and again
            double[] raw = new double[Feature.values().length];
            Arrays.fill(raw, 2);
            raw[Feature.PREVIOUS_BUILD_BROKEN.ordinal()] = previous != null && previous.isBroken() ? 1 : 0;
            BuildStatus status = broken ? BuildStatus.FAILED : BuildStatus.PASSED;
            Build b = new Build(Integer.toString(i + 1), "abcdef0", "main", status, Optional.empty(), OptionalLong.of(60),
                    OptionalInt.empty(), Optional.empty());
            Optional<BuildFeatures.Previous> prev = previous == null ? Optional.empty()
                    : Optional.of(new BuildFeatures.Previous(Integer.toString(i), previous, true));
            rows.add(new BuildFeatures(b, raw, ChangeStats.NONE, FailureOverlap.NONE, prev, "a@example.org"));
            previous = status;
        }
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults());
        assertThat(t.baseline().f1()).as("5 of each 6 broken builds follow a broken one").isGreaterThan(0.8);
        assertThat(t.inTime().f1()).isLessThanOrEqualTo(t.baseline().f1());
        assertThat(t.rule()).as("no related build overrules the baseline here").isEqualTo(t.baseline());
        assertThat(t.beatsBaseline()).isFalse();
        assertThat(t.model().decision()).as("calls by the rule").isEqualTo(DecisionRule.RELATED_OUTCOME);
        // evaluated on builds it has not seen, its calls are the rule's, here the baseline's; its ranking is its own
        Evaluation ev = new Evaluator(Progress.SILENT).evaluate(rows, 0.7, ModelSettings.defaults());
        assertThat(ev.training().model().decision()).isEqualTo(DecisionRule.RELATED_OUTCOME);
        assertThat(List.of(ev.model().tp(), ev.model().fp(), ev.model().fn(), ev.model().tn()))
                .isEqualTo(List.of(ev.baseline().tp(), ev.baseline().fp(), ev.baseline().fn(), ev.baseline().tn()));
        assertThat(ev.skip().builds()).as("not called broken: the builds after a passing one")
                .isEqualTo(ev.baseline().fn() + ev.baseline().tn());
    }

    /**
     * The same streaks, but every third streak is some pull request's, and the push after it is called passing by the
     * related-outcome rule (its branch's previous push passed) - rightly: pushes never break here. The model cannot
     * tell those builds apart by its features, so it calls by the rule, and on builds it has not seen its calls are
     * the rule's, which beat the baseline's.
     */
    @Test
    void whereItsAlarmsDoNotBeatTheRuleTheModelCallsByTheRule() {
        List<BuildFeatures> rows = new ArrayList<>();
        BuildStatus previous = null;
        for (int i = 0; i < 300; i++) {
            boolean pullRequestStreak = (i / 20) % 3 == 2;
            boolean broken = i % 20 >= 14 && i % 20 < 19 || i % 20 == 19 && !pullRequestStreak;
            double[] raw = new double[Feature.values().length];
            Arrays.fill(raw, 2);
            boolean previousBroken = previous != null && previous.isBroken();
            raw[Feature.PREVIOUS_BUILD_BROKEN.ordinal()] = previousBroken ? 1 : 0;
            BuildStatus status = broken ? BuildStatus.FAILED : BuildStatus.PASSED;
            Build b = new Build(Integer.toString(i + 1), "abcdef0", "main", status, Optional.empty(), OptionalLong.of(60),
                    OptionalInt.empty(), Optional.empty());
            Optional<BuildFeatures.Previous> prev = previous == null ? Optional.empty()
                    : Optional.of(new BuildFeatures.Previous(Integer.toString(i), previous, true));
            // the first build after a pull request's streak: the previous push on the branch passed
            RelatedCall related = pullRequestStreak && i % 20 == 19 ? RelatedCall.PUSH_PASSED
                    : RelatedCall.baseline(previousBroken);
            rows.add(new BuildFeatures(b, raw, ChangeStats.NONE, FailureOverlap.NONE, prev, "a@example.org", related));
            previous = status;
        }
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults());
        assertThat(t.rule().fp()).as("one false alarm fewer per pull request's streak").isLessThan(t.baseline().fp());
        assertThat(t.rule().f1()).isGreaterThan(t.baseline().f1());
        assertThat(t.model().decision()).isEqualTo(DecisionRule.RELATED_OUTCOME);
        assertThat(t.calls()).isEqualTo(t.rule());
        assertThat(t.beatsBaseline()).isTrue();
        Evaluation ev = new Evaluator(Progress.SILENT).evaluate(rows, 0.7, ModelSettings.defaults());
        List<BuildFeatures> test = rows.subList(rows.size() - ev.testBuilds(), rows.size());
        assertThat(ev.model()).as("the rule's calls on the test builds").isEqualTo(
                Baseline.relatedMetrics(test).withAuc(ev.model().auc()));
        assertThat(ev.model().f1()).isGreaterThan(ev.baseline().f1());
        assertThat(ev.beatsBaseline()).isTrue();
    }
}
