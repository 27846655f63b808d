package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.ChangeStats;
import io.mlgate.engine.buildrisk.features.FailureOverlap;
import io.mlgate.engine.buildrisk.features.Feature;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The evaluation's calibration, risk cut-offs and the baseline as a probability, on vectors worked out by hand. */
class CalibrationAndCutOffsTest {
    // six test builds: risks, outcomes, durations (s), previous-outcome rates
    static final TestScores SIX = new TestScores(new double[]{0.05, 0.15, 0.12, 0.45, 0.8, 0.9}, new boolean[6],
            new boolean[]{false, false, true, false, true, true}, new long[]{3600, 1800, 0, 60, 60, 60},
            new double[]{0.1, 0.1, 0.1, 0.6, 0.6, 0.1});

    @Test
    void brierScoresBandsAndTheBrokenBuildsTheRisksAddUpTo() {
        Reliability r = Reliability.of(SIX);
        // (0.05² + 0.15² + 0.88² + 0.45² + 0.2² + 0.1²) / 6
        assertThat(r.brier()).isCloseTo((0.0025 + 0.0225 + 0.7744 + 0.2025 + 0.04 + 0.01) / 6, within(1e-12));
        // (0.1² + 0.1² + 0.9² + 0.6² + 0.4² + 0.9²) / 6
        assertThat(r.baselineBrier()).isCloseTo((0.01 + 0.01 + 0.81 + 0.36 + 0.16 + 0.81) / 6, within(1e-12));
        assertThat(r.expected()).isCloseTo(2.47, within(1e-12));
        assertThat(r.observed()).isEqualTo(3);
        assertThat(r.bands()).extracting(Reliability.Band::lower).containsExactly(0.0, 0.1, 0.4, 0.8, 0.9);
        Reliability.Band low = r.bands().get(1);
        assertThat(low.builds()).isEqualTo(2);
        assertThat(low.meanRisk()).isCloseTo(0.135, within(1e-12));
        assertThat(low.brokenShare()).isEqualTo(0.5);
        assertThat(r.bands()).extracting(Reliability.Band::builds).containsExactly(1, 2, 1, 1, 1);
    }

    @Test
    void aRiskOfOneFallsInTheTopBand() {
        Reliability r = Reliability.of(new TestScores(new double[]{1.0, 0.95}, new boolean[2], new boolean[]{true, false},
                new long[2], new double[2]));
        assertThat(r.bands()).singleElement().satisfies(b -> {
            assertThat(b.lower()).isEqualTo(0.9);
            assertThat(b.builds()).isEqualTo(2);
        });
    }

    @Test
    void aCutOffCountsCallsAndTheBuildsBelowIt() {
        OperatingPoint p = OperatingPoint.at(SIX, 0.15);
        // called: 0.15 (passed), 0.45 (passed), 0.8 and 0.9 (broken); below: 0.05 and 0.12 (broken, caught late)
        assertThat(p.alarms()).isEqualTo(4);
        assertThat(p.calls()).extracting(Metrics::tp, Metrics::fp, Metrics::fn, Metrics::tn).containsExactly(2, 2, 1, 1);
        assertThat(p.calls().precision()).isEqualTo(0.5);
        assertThat(p.below()).isEqualTo(new Evaluation.Skip(2, 3600, 1, 3));
        assertThat(p.calls().auc()).isNaN();
        OperatingPoint none = OperatingPoint.at(SIX, 0.95);
        assertThat(none.alarms()).isZero();
        assertThat(none.below()).isEqualTo(new Evaluation.Skip(6, 5580, 3, 3));
        assertThat(none.calls().precision()).isNaN();
    }

    @Test
    void theBaselineAsAProbabilityIsTheShareBrokenAfterEachKindOfBuild() {
        // after a passing build (or none, the first): 5 builds, 2 broken; after a broken one: 3 builds, 2 broken
        List<BuildFeatures> rows = rows(new boolean[]{false, false, true, true, true, false, false, true});
        double[] rates = Baseline.rates(rows);
        assertThat(rates[0]).isEqualTo(0.4);
        assertThat(rates[1]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Baseline.rate(rates, rows.get(3))).isEqualTo(rates[1]);
        assertThat(Baseline.rate(rates, rows.get(0))).isEqualTo(rates[0]);
        // a position without training builds takes the share broken of all of them
        double[] onlyPassing = Baseline.rates(rows(new boolean[]{false, false, false, true}));
        assertThat(onlyPassing).containsExactly(0.25, 0.25);
        assertThat(Baseline.rates(List.of())).containsExactly(0.0, 0.0);
    }

    /** Builds in a row on one branch with these outcomes, each looking back to the one before. */
    static List<BuildFeatures> rows(boolean[] broken) {
        List<BuildFeatures> out = new ArrayList<>();
        for (int i = 0; i < broken.length; i++) {
            Build b = new Build(Integer.toString(i + 1), "abcdef0", "main",
                    broken[i] ? BuildStatus.FAILED : BuildStatus.PASSED, Optional.empty(), OptionalLong.of(60),
                    OptionalInt.empty(), Optional.empty());
            Optional<BuildFeatures.Previous> prev = i == 0 ? Optional.empty() : Optional.of(new BuildFeatures.Previous(
                    Integer.toString(i), broken[i - 1] ? BuildStatus.FAILED : BuildStatus.PASSED, true));
            out.add(new BuildFeatures(b, new double[Feature.values().length], ChangeStats.NONE, FailureOverlap.NONE,
                    prev, "a@example.org"));
        }
        return out;
    }
}
