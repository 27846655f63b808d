package io.mlgate.engine.drift;

import io.mlgate.engine.api.Level;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.drift.data.ColumnStats;
import io.mlgate.engine.drift.policy.DriftPolicy;
import io.mlgate.engine.drift.policy.DriftPolicyReader;
import io.mlgate.engine.config.YamlTree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The correction and the verdicts on given p-values and distances, without data. */
class DriftJudgeTest {
    private static final ColumnStats STATS = new ColumnStats(100, 100, null, 0.0, 1.0, 0.5, 0.3);

    private static ColumnResult measured(String column, ColumnRole role, DriftTest test, double statistic, Double p) {
        ColumnPlan plan = new ColumnPlan(column, role, test.supports(ColumnKind.NUMERIC) ? ColumnKind.NUMERIC
                : ColumnKind.CATEGORICAL, test, test.defaultThreshold(), Level.WARN, true);
        return new ColumnResult(plan, STATS, STATS, statistic, p, p, null, false, null, false, Status.PASS, "", List.of());
    }

    private static DriftPolicy policy(String yaml) {
        return DriftPolicyReader.read(YamlTree.parse("mlgate.yml", "drift:\n" + yaml).required("drift").asMap());
    }

    /** p-values 0.01, 0.04, 0.03, 0.005, 0.2, 0.5: BH adjusts them to 0.03, 0.06, 0.06, 0.03, 0.24, 0.5. */
    private static List<ColumnResult> six() {
        List<ColumnResult> out = new ArrayList<>();
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.2, 0.5};
        for (int i = 0; i < p.length; i++) {
            out.add(measured("c" + i, ColumnRole.FEATURE, DriftTest.KS, 0.1, p[i]));
        }
        return out;
    }

    @Test
    void benjaminiHochbergDecidesWhichColumnsDrift() {
        DriftOutcome o = new DriftJudge(policy("  share: 0.5\n")).judge(six(), List.of());
        assertThat(o.correction()).isEqualTo(Correction.BENJAMINI_HOCHBERG);
        assertThat(o.pValueTests()).isEqualTo(6);
        assertThat(o.columns().stream().mapToDouble(ColumnResult::adjustedPValue).toArray())
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.03, 0.24, 0.5}, within(1e-12));
        assertThat(o.columns()).extracting(ColumnResult::drifted).containsExactly(true, false, false, true, false, false);
        assertThat(o.columns().get(0).message()).contains("Benjamini-Hochberg adjusted 0.03").startsWith("drift: ");
        assertThat(o.dataset().drifted()).isEqualTo(2);
        assertThat(o.dataset().share()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(o.dataset().status()).isEqualTo(Status.PASS);
    }

    @Test
    void withoutCorrectionEachPValueStandsAlone() {
        DriftOutcome o = new DriftJudge(policy("  correction: none\n")).judge(six(), List.of());
        assertThat(o.correction()).isEqualTo(Correction.NONE);
        assertThat(o.columns()).extracting(ColumnResult::drifted).containsExactly(true, true, true, true, false, false);
        assertThat(o.dataset().share()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(o.dataset().drift()).isTrue();
        assertThat(o.dataset().status()).isEqualTo(Status.FAIL);
    }

    @Test
    void labelAndPredictionAreJudgedAloneAndLeftOutOfTheShare() {
        List<ColumnResult> m = new ArrayList<>(six());
        m.add(measured("y", ColumnRole.TARGET, DriftTest.CHI_SQUARE, 9.0, 0.001));
        m.add(measured("yhat", ColumnRole.PREDICTION, DriftTest.WASSERSTEIN, 0.3, null));
        DriftOutcome o = new DriftJudge(policy("  level: warn\n")).judge(m, List.of());
        assertThat(o.pValueTests()).isEqualTo(6);
        ColumnResult y = o.columns().get(6);
        assertThat(y.adjustedPValue()).isEqualTo(0.001);
        assertThat(y.drifted()).isTrue();
        assertThat(y.plan().checkId()).isEqualTo("target_drift:y");
        assertThat(o.columns().get(7).plan().checkId()).isEqualTo("prediction_drift:yhat");
        assertThat(o.columns().get(7).drifted()).isTrue();
        assertThat(o.dataset().tested()).isEqualTo(6);
        assertThat(o.dataset().level()).isEqualTo(Level.WARN);
    }

    @Test
    void distancesAreJudgedAgainstTheirThresholds() {
        List<ColumnResult> m = List.of(measured("a", ColumnRole.FEATURE, DriftTest.PSI, 0.2, null),
                measured("b", ColumnRole.FEATURE, DriftTest.JENSEN_SHANNON, 0.09, null),
                measured("c", ColumnRole.FEATURE, DriftTest.HELLINGER, 0.1, null));
        DriftOutcome o = new DriftJudge(DriftPolicy.defaults()).judge(m, List.of());
        assertThat(o.columns()).extracting(ColumnResult::drifted).containsExactly(true, false, true);
        assertThat(o.correction()).isEqualTo(Correction.NONE);
        assertThat(o.columns().get(0).message()).isEqualTo("drift: PSI 0.2 >= 0.2");
        assertThat(o.columns().get(1).message()).isEqualTo("no drift: Jensen-Shannon distance 0.09 < 0.1");
    }

    @Test
    void nothingTestedIsNoData() {
        DriftOutcome o = new DriftJudge(DriftPolicy.defaults()).judge(List.of(),
                List.of(new DriftOutcome.Skipped("d", "a date column")));
        assertThat(o.dataset().status()).isEqualTo(Status.NO_DATA);
        assertThat(DriftChecks.status(o)).isEqualTo(Status.NO_DATA);
    }
}
