package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.PreviousOutcomes;
import io.mlgate.engine.buildrisk.history.RelatedOutcomes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The model's live figures from the risks recorded with the builds since its training, worked by hand. */
class RecordedRisksTest {
    private static final BuildStatus P = BuildStatus.PASSED;
    private static final BuildStatus F = BuildStatus.FAILED;

    /**
     * After t1, the last training build (threshold 0.5): a1 main broken 0.7 (after t1 broken: model and baseline
     * call it, both right); a2 dev passed 0.6 (dev has no build yet, so after a1 overall: both call it, both wrong);
     * a3 canceled (not scored, not an outcome); a4 main passed 0.2 (after a1: the baseline calls it, wrongly); a5
     * errored, no risk (not scored, but an outcome); a6 main broken 0.4 (after a5: the baseline catches it, the
     * model misses it); a7 dev broken 0.58 (after a2 on dev: the model catches it, the baseline misses it). Up to
     * t1, every build after a passing one broke (t00, the first, and t1) and none after a broken one (t0): the
     * previous-outcome rates are 1 and 0.
     */
    private static List<Build> history() {
        List<Build> h = new ArrayList<>();
        h.add(build("t00", "main", F, null));
        h.add(build("t0", "main", P, null));
        h.add(build("t1", "main", F, 0.9)); // a risk before training is not counted
        h.add(build("a1", "main", F, 0.7));
        h.add(build("a2", "dev", P, 0.6));
        h.add(build("a3", "main", BuildStatus.CANCELED, 0.9));
        h.add(build("a4", "main", P, 0.2));
        h.add(build("a5", "main", BuildStatus.ERRORED, null));
        h.add(build("a6", "main", F, 0.4));
        h.add(build("a7", "dev", F, 0.58));
        return h;
    }

    @Test
    void theModelsCallsAndTheBaselinesAreCountedOnTheScoredBuildsSinceTraining() {
        RecordedRisks r = RecordedRisks.of(history(), "t1", DecisionRule.THRESHOLD, 0.5).orElseThrow();
        assertThat(r.builds()).isEqualTo(5);
        assertThat(r.broken()).isEqualTo(3);
        assertThat(r.model()).extracting(Metrics::tp, Metrics::fp, Metrics::fn, Metrics::tn).containsExactly(2, 1, 1, 1);
        assertThat(r.baseline()).extracting(Metrics::tp, Metrics::fp, Metrics::fn, Metrics::tn).containsExactly(2, 2, 1, 0);
        assertThat(r.model().f1()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(r.baseline().f1()).isCloseTo(4.0 / 7, within(1e-12));
        // broken {0.7, 0.4, 0.58} above passed {0.6, 0.2} in 4 of 6 pairs
        assertThat(r.model().auc()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(r.riskSum()).isCloseTo(2.48, within(1e-12));
        assertThat(r.brier()).isCloseTo((0.09 + 0.36 + 0.04 + 0.36 + 0.42 * 0.42) / 5, within(1e-12));
        // rate 0 after a broken build: wrong by 1 on a1 and a6; rate 1 after a passing one: right on a7
        assertThat(r.baselineBrier()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(r.enough()).isFalse();
        assertThat(r.words()).isEqualTo("Since its training, 5 builds were recorded with the risk it gave and 3 of "
                + "them broke, where the risks added up to 2.5: the model's calls caught 2 with 3 alarms (F1 0.67), the "
                + "previous-outcome baseline's 2 with 4 alarms (F1 0.57); too few builds yet to tell which calls are "
                + "better.");
    }

    @Test
    void aModelThatKeepsTheBaselinesCallsIsSaidToAndItsRisksStillRankTheBuilds() {
        RecordedRisks r = RecordedRisks.of(history(), "t1", DecisionRule.PREVIOUS_OUTCOME, 0.5).orElseThrow();
        assertThat(r.model()).extracting(Metrics::tp, Metrics::fp, Metrics::fn, Metrics::tn).containsExactly(2, 2, 1, 0);
        assertThat(r.model().auc()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(r.words()).endsWith(": its calls, the previous-outcome baseline's, caught 2 with 4 alarms (F1 0.57).");
    }

    /**
     * Every build of this history is one commit's, so the related-outcome rule calls each as the latest build of that
     * commit ended, the previous completed build of any branch: a1 broken (right), a2 broken (wrong), a4 passing
     * (right), a6 broken after a5 errored (right), a7 broken after a6 (right).
     */
    @Test
    void aModelThatCallsByTheRelatedOutcomeRuleIsJudgedByTheRulesCalls() {
        RecordedRisks r = RecordedRisks.of(history(), "t1", DecisionRule.RELATED_OUTCOME, 0.5).orElseThrow();
        assertThat(r.model()).extracting(Metrics::tp, Metrics::fp, Metrics::fn, Metrics::tn).containsExactly(3, 1, 0, 1);
        assertThat(r.baseline()).extracting(Metrics::tp, Metrics::fp, Metrics::fn, Metrics::tn).containsExactly(2, 2, 1, 0);
        assertThat(r.words()).endsWith(": the model's calls (the related-outcome rule's) caught 3 with 4 alarms (F1 "
                + "0.86), the previous-outcome baseline's 2 with 4 alarms (F1 0.57); too few builds yet to tell which "
                + "calls are better.");
        List<Build> h = history();
        RecordedRisks resumed = RecordedRisks.after(RelatedOutcomes.after(h.subList(0, 3)), h.subList(3, h.size()),
                DecisionRule.RELATED_OUTCOME, 0.5).orElseThrow();
        assertThat(resumed.model()).isEqualTo(r.model());
        assertThat(resumed.baseline()).isEqualTo(r.baseline());
    }

    @Test
    void twentyBuildsAreEnoughToCompare() {
        List<Build> h = new ArrayList<>(history());
        for (int i = 0; i < 15; i++) {
            h.add(build("b" + i, "main", i % 3 == 0 ? F : P, i % 3 == 0 ? 0.8 : 0.1));
        }
        RecordedRisks r = RecordedRisks.of(h, "t1", DecisionRule.THRESHOLD, 0.5).orElseThrow();
        assertThat(r.builds()).isEqualTo(20);
        assertThat(r.enough()).isTrue();
        assertThat(r.words()).endsWith("(F1 " + String.format(java.util.Locale.ROOT, "%.2f", r.baseline().f1()) + ").");
    }

    /** Risks that point the wrong way: with 20 builds the model's calls are behind the baseline's, with 19 not yet. */
    @Test
    void callsBehindTheBaselinesOnTwentyBuildsAreSaidToBe() {
        List<Build> h = new ArrayList<>(history());
        for (int i = 0; i < 15; i++) {
            boolean breaks = i % 4 < 2; // in pairs: the baseline catches every second broken build
            h.add(build("b" + i, "main", breaks ? F : P, breaks ? 0.1 : 0.9));
        }
        RecordedRisks r = RecordedRisks.of(h, "t1", DecisionRule.THRESHOLD, 0.5).orElseThrow();
        assertThat(r.model().f1()).isLessThan(r.baseline().f1());
        assertThat(r.behindBaseline()).isTrue();
        assertThat(RecordedRisks.of(h.subList(0, h.size() - 1), "t1", DecisionRule.THRESHOLD, 0.5).orElseThrow()
                .behindBaseline()).as("19 builds").isFalse();
        assertThat(RecordedRisks.of(h, "t1", DecisionRule.PREVIOUS_OUTCOME, 0.5).orElseThrow().behindBaseline())
                .as("its calls are the baseline's").isFalse();
    }

    @Test
    void nothingToSayWithoutTheTrainingBuildOrARiskSinceIt() {
        assertThat(RecordedRisks.of(history(), "not-here", DecisionRule.THRESHOLD, 0.5)).isEmpty();
        assertThat(RecordedRisks.of(history(), "a7", DecisionRule.THRESHOLD, 0.5)).isEmpty();
        List<Build> noRisks = history().stream().map(b -> build(b.id(), b.branch(), b.status(), null)).toList();
        assertThat(RecordedRisks.of(noRisks, "t1", DecisionRule.THRESHOLD, 0.5)).isEmpty();
    }

    /** The previous outcome the baseline's calls and rates read: the walk {@code RecordedRisks} makes over builds. */
    @Test
    void thePreviousOutcomeIsTheBranchsElseTheLastOverall() {
        List<Build> h = history();
        boolean[] previousBroken = new boolean[h.size()];
        PreviousOutcomes walk = PreviousOutcomes.start();
        for (int i = 0; i < h.size(); i++) {
            previousBroken[i] = walk.previousBroken(h.get(i));
            walk.add(h.get(i));
        }
        assertThat(previousBroken).containsExactly(false, true, false, true, true, true, true, false, true, false);
    }

    private static Build build(String id, String branch, BuildStatus status, Double risk) {
        return new Build(id, "abcdef0", branch, status, Optional.empty(), OptionalLong.empty(), OptionalInt.empty(),
                Optional.empty(), risk == null ? OptionalDouble.empty() : OptionalDouble.of(risk));
    }
}
